import { ShapeError } from '@neuronlab/core';
import { describe } from './schema.js';

/** Fitted z-score statistics, per column: v' = (v − mean) / std. JSON-serializable, for model files. */
export interface StandardizeStats {
  readonly kind: 'standardize';
  readonly mean: readonly number[];
  /** Population standard deviation (divides by n). A constant column has std 0 and is only shifted. */
  readonly std: readonly number[];
}

/** Fitted min-max statistics, per column: v' = (v − min) / (max − min), mapping the fitted data onto [0, 1]. */
export interface MinMaxStats {
  readonly kind: 'minmax';
  readonly min: readonly number[];
  /** A column with max = min is only shifted. */
  readonly max: readonly number[];
}

/** Either kind of fitted normalization. */
export type NormalizerStats = StandardizeStats | MinMaxStats;

/** The normalization kinds by name, as the CLI and model files write them. */
export type NormalizerKind = NormalizerStats['kind'];

/** Per-column mean and population standard deviation of an n × columns matrix (two passes, for accuracy). */
export function fitStandardize(values: Float64Array, columns: number): StandardizeStats {
  const n = rowCount('fitStandardize', values, columns, true);
  const mean = new Array<number>(columns).fill(0);
  const std = new Array<number>(columns).fill(0);
  for (let i = 0; i < n; i++) for (let c = 0; c < columns; c++) mean[c]! += values[i * columns + c]!;
  for (let c = 0; c < columns; c++) mean[c]! /= n;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < columns; c++) {
      // d·d, not d ** 2: exponentiation is not among the operations every engine rounds the same way
      const d = values[i * columns + c]! - mean[c]!;
      std[c]! += d * d;
    }
  }
  for (let c = 0; c < columns; c++) std[c] = Math.sqrt(std[c]! / n);
  return { kind: 'standardize', mean, std };
}

/** Per-column minimum and maximum of an n × columns matrix. */
export function fitMinMax(values: Float64Array, columns: number): MinMaxStats {
  const n = rowCount('fitMinMax', values, columns, true);
  const min = Array.from({ length: columns }, (_, c) => values[c]!);
  const max = [...min];
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < columns; c++) {
      const v = values[i * columns + c]!;
      if (v < min[c]!) min[c] = v;
      if (v > max[c]!) max[c] = v;
    }
  }
  return { kind: 'minmax', min, max };
}

/** Fits the normalization `kind` to an n × columns matrix. */
export function fitNormalizer(kind: NormalizerKind, values: Float64Array, columns: number): NormalizerStats {
  if (kind === 'standardize') return fitStandardize(values, columns);
  if (kind === 'minmax') return fitMinMax(values, columns);
  throw new TypeError(`fitNormalizer: kind must be "standardize" or "minmax", got ${describe(kind)}.`);
}

/** Normalizes an n × columns matrix with fitted statistics, returning a new array. */
export function applyNormalizer(stats: NormalizerStats, values: Float64Array): Float64Array {
  const [shift, scale] = shiftAndScale(stats);
  rowCount('applyNormalizer', values, shift.length, false);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const c = i % shift.length;
    out[i] = (values[i]! - shift[c]!) / scale[c]!;
  }
  return out;
}

/** Undoes `applyNormalizer`: maps normalized values (a model's predictions, say) back to the original units. */
export function invertNormalizer(stats: NormalizerStats, values: Float64Array): Float64Array {
  const [shift, scale] = shiftAndScale(stats);
  rowCount('invertNormalizer', values, shift.length, false);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const c = i % shift.length;
    out[i] = values[i]! * scale[c]! + shift[c]!;
  }
  return out;
}

/** A linear model's weights (one per input column) and bias. */
export interface LinearCoefficients {
  readonly weights: readonly number[];
  readonly bias: number;
}

/**
 * Rewrites a linear model trained on normalized inputs, out = Σ wᵢ·x'ᵢ + b with x'ᵢ = (xᵢ − shiftᵢ)/scaleᵢ, for raw
 * inputs: out = Σ (wᵢ/scaleᵢ)·xᵢ + (b − Σ wᵢ·shiftᵢ/scaleᵢ). The same shift and scale as `applyNormalizer`, so
 * predicting raw x with the result equals predicting normalized x with the model (up to rounding). Null stats: unchanged.
 */
export function linearInRawUnits(stats: NormalizerStats | null, model: LinearCoefficients): LinearCoefficients {
  if (!stats) return { weights: [...model.weights], bias: model.bias };
  const [shift, scale] = shiftAndScale(stats);
  if (model.weights.length !== shift.length) {
    throw new ShapeError(
      `linearInRawUnits: weights must have one entry per normalized column (${shift.length}), ` +
        `got ${model.weights.length}. Pass the model fitted on these statistics.`,
    );
  }
  const weights = model.weights.map((w, c) => w / scale[c]!);
  let bias = model.bias;
  for (let c = 0; c < weights.length; c++) bias -= weights[c]! * shift[c]!;
  return { weights, bias };
}

/** The subtrahend and divisor per column; a zero spread divides by 1 so constant columns map to 0, not NaN. */
function shiftAndScale(stats: NormalizerStats): [readonly number[], number[]] {
  if (stats.kind === 'standardize') return [stats.mean, stats.std.map((s) => (s === 0 ? 1 : s))];
  return [stats.min, stats.max.map((hi, c) => (hi - stats.min[c]! === 0 ? 1 : hi - stats.min[c]!))];
}

function rowCount(where: string, values: Float64Array, columns: number, fitting: boolean): number {
  if (!Number.isInteger(columns) || columns < 1 || values.length % columns !== 0) {
    throw new ShapeError(
      `${where}: values must be n × ${describe(columns)} row-major, got length ${values.length}. ` +
        `Pass the dataset's inputDim or outputDim as columns.`,
    );
  }
  if (fitting && values.length === 0) throw new RangeError(`${where}: needs at least one row, got 0. Fit on data.`);
  if (fitting) {
    const bad = values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) {
      throw new RangeError(
        `${where}: values must be finite, got ${values[bad]} at row ${Math.floor(bad / columns)}, column ${bad % columns}.`,
      );
    }
  }
  return values.length / columns;
}
