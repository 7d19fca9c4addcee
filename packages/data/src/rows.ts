import type { Dataset } from '@neuronlab/core';
import { checkNumber } from '@neuronlab/core';
import { describe } from './schema.js';

/**
 * A new dataset holding the rows `indices` of `dataset`, in that order (copied, so later edits do not leak).
 * The recipe is kept: it still names the source the rows came from.
 */
export function selectRows(dataset: Dataset, indices: ArrayLike<number>): Dataset {
  const { inputDim: d, outputDim: k } = dataset;
  const m = indices.length;
  const x = new Float64Array(m * d);
  const y = new Float64Array(m * k);
  for (let r = 0; r < m; r++) {
    const i = indices[r]!;
    if (!Number.isInteger(i) || i < 0 || i >= dataset.n) {
      throw new RangeError(`selectRows: row index must be an integer from 0 to ${dataset.n - 1}, got ${describe(i)}.`);
    }
    x.set(dataset.x.subarray(i * d, i * d + d), r * d);
    y.set(dataset.y.subarray(i * k, i * k + k), r * k);
  }
  return { ...dataset, n: m, x, y };
}

/**
 * The class index of every row: the 0/1 target of a binary dataset or the hot column of a multiclass one.
 * Throws a TypeError for regression data, which has no classes.
 */
export function classLabels(dataset: Dataset): Int32Array {
  if (dataset.task === 'regression') {
    throw new TypeError(
      `classLabels: dataset must be binary or multiclass, got task "regression". Use a classifier's data.`,
    );
  }
  if (dataset.task === 'multiclass') return argmaxRows(dataset.y, dataset.outputDim);
  const labels = new Int32Array(dataset.n);
  for (let i = 0; i < dataset.n; i++) {
    const v = dataset.y[i * dataset.outputDim]!;
    if (v !== 0 && v !== 1) {
      throw new RangeError(`classLabels: binary targets must be 0 or 1, got ${v} in row ${i}. Fix the target column.`);
    }
    labels[i] = v;
  }
  return labels;
}

/** The index of the largest value in each row of an n × columns matrix (the first one on ties). */
export function argmaxRows(values: Float64Array, columns: number): Int32Array {
  if (!Number.isInteger(columns) || columns < 1 || values.length % columns !== 0) {
    throw new RangeError(
      `argmaxRows: columns must be a whole divisor of the ${values.length} values, got ${describe(columns)}.`,
    );
  }
  const n = values.length / columns;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < columns; c++) if (values[i * columns + c]! > values[i * columns + best]!) best = c;
    out[i] = best;
  }
  return out;
}

/** One-hot rows for class indices: row i has a 1 in column labels[i] and 0 elsewhere (n × classes). */
export function oneHot(labels: ArrayLike<number>, classes: number): Float64Array {
  checkNumber('oneHot: classes', classes, { integer: true, min: 1 });
  const out = new Float64Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (!Number.isInteger(label) || label < 0 || label >= classes) {
      throw new RangeError(
        `oneHot: label must be an integer from 0 to ${classes - 1}, got ${describe(label)} at index ${i}. ` +
          `Pass more classes or fix the label.`,
      );
    }
    out[i * classes + label] = 1;
  }
  return out;
}
