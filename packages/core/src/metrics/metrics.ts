/** Metrics on plain arrays of outputs and targets (row-major, n rows). */
import { ShapeError } from '../errors.js';

function check(where: string, pred: Float64Array, target: Float64Array, n: number): number {
  if (!Number.isInteger(n) || n < 1 || pred.length !== target.length || pred.length % n !== 0) {
    throw new ShapeError(
      `${where}: predictions and targets must both hold n × columns values, got ${pred.length} and ${target.length} ` +
        `for n=${n}. Pass arrays of the same shape.`,
    );
  }
  return pred.length / n;
}

/** Class index per row: one column is class 1 above `threshold`, several take the argmax (first wins ties). @default threshold 0.5 */
export function toClasses(values: Float64Array, n: number, threshold = 0.5): Int32Array {
  const d = values.length / n;
  const classes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (d === 1) {
      classes[i] = values[i]! > threshold ? 1 : 0;
      continue;
    }
    let best = 0;
    for (let j = 1; j < d; j++) if (values[i * d + j]! > values[i * d + best]!) best = j;
    classes[i] = best;
  }
  return classes;
}

/**
 * Fraction of rows whose predicted class equals the target class: one column is class 1 above `threshold`
 * (0.5 for probabilities, 0 for logits); several columns compare argmaxes (one-hot targets). @default threshold 0.5
 */
export function accuracy(pred: Float64Array, target: Float64Array, n: number, threshold = 0.5): number {
  check('accuracy', pred, target, n);
  return agreement(toClasses(pred, n, threshold), toClasses(target, n));
}

/** Fraction of positions where two class lists agree (the one accuracy formula; the trainer calls it directly). */
export function agreement(predicted: Int32Array, actual: Int32Array): number {
  let correct = 0;
  for (let i = 0; i < actual.length; i++) if (predicted[i] === actual[i]) correct++;
  return correct / actual.length;
}

/**
 * Coefficient of determination 1 − SS_res/SS_tot, pooled over columns (each column about its own mean); NaN when
 * every target is equal. Sums run row by row in sample order, so the trainer's r2 is bit-identical to this.
 */
export function r2Score(pred: Float64Array, target: Float64Array, n: number): number {
  const d = check('r2Score', pred, target, n);
  const means = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) means[j]! += target[i * d + j]!;
  for (let j = 0; j < d; j++) means[j]! /= n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const t = target[i * d + j]!;
      const e = t - pred[i * d + j]!;
      const dev = t - means[j]!;
      ssRes += e * e;
      ssTot += dev * dev;
    }
  }
  return ssTot === 0 ? Number.NaN : 1 - ssRes / ssTot;
}
