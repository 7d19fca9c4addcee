/**
 * Gradient check: compares a model's analytic gradients with central finite differences of its loss.
 *
 * For each parameter entry θᵢ: numeric = (L(θᵢ + h) − L(θᵢ − h)) / 2h with h = epsilon·max(1, |θᵢ|), and the
 * relative error |analytic − numeric| / max(|analytic|, |numeric|, floor). Central differences are exact for a
 * quadratic loss up to rounding, and accurate to O(h²) otherwise, so a correct gradient lands far below the
 * threshold while a wrong formula (like the tutorial's output-for-input slip) lands near 1.
 */
import type { Batch, Trainable } from '../train/types.js';

/** Options of gradCheck. */
export interface GradCheckOptions {
  /** Relative step size. @default 1e-6 */
  readonly epsilon?: number;
  /** Largest relative error that still passes. @default 1e-6 */
  readonly tolerance?: number;
  /** Denominator floor, so two near-zero gradients do not divide 0 by 0. @default 1e-8 */
  readonly floor?: number;
  /** Check at most this many entries per parameter block (the first ones). @default Infinity */
  readonly maxEntriesPerParam?: number;
}

/** The worst entry of one parameter block. */
export interface GradCheckParam {
  /** Parameter name. */
  readonly name: string;
  /** Largest relative error over the checked entries. */
  readonly worstRelativeError: number;
  /** Index of that entry in the block. */
  readonly worstIndex: number;
  /** Analytic gradient at that entry. */
  readonly analytic: number;
  /** Central-difference estimate at that entry. */
  readonly numeric: number;
  /** True when worstRelativeError ≤ tolerance. */
  readonly passed: boolean;
}

/** The verdict of a gradient check. */
export interface GradCheckResult {
  /** True when every parameter passed. */
  readonly passed: boolean;
  /** Largest relative error over every parameter. */
  readonly worstRelativeError: number;
  /** The threshold used. */
  readonly tolerance: number;
  /** Per-parameter results, in the model's parameter order. */
  readonly params: readonly GradCheckParam[];
}

/**
 * Checks `model.lossAndGrad` against central differences of `model.evaluate` on `batch`. The parameters are
 * restored bit-for-bit afterwards; the grads hold the analytic gradient at the original parameters.
 */
export function gradCheck(model: Trainable, batch: Batch, options: GradCheckOptions = {}): GradCheckResult {
  const epsilon = positive('epsilon', options.epsilon ?? 1e-6);
  const tolerance = positive('tolerance', options.tolerance ?? 1e-6);
  const floor = positive('floor', options.floor ?? 1e-8);
  const limit = options.maxEntriesPerParam ?? Number.POSITIVE_INFINITY;
  model.lossAndGrad(batch);
  const params = model.params().map((p) => {
    let worst = { worstRelativeError: 0, worstIndex: 0, analytic: p.grad[0] ?? 0, numeric: p.grad[0] ?? 0 };
    const count = Math.min(p.value.length, limit);
    for (let i = 0; i < count; i++) {
      const analytic = p.grad[i]!;
      const numeric = centralDifference(model, batch, p.value, i, epsilon);
      const error = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), Math.abs(numeric), floor);
      // `!(error <= worst)` also records NaN, which must fail the check rather than hide
      if (i === 0 || !(error <= worst.worstRelativeError)) {
        worst = { worstRelativeError: error, worstIndex: i, analytic, numeric };
      }
    }
    return { name: p.name, ...worst, passed: worst.worstRelativeError <= tolerance };
  });
  const worstRelativeError = params.reduce(
    (m, p) => (p.worstRelativeError > m || Number.isNaN(p.worstRelativeError) ? p.worstRelativeError : m),
    0,
  );
  return { passed: params.every((p) => p.passed), worstRelativeError, tolerance, params };
}

function centralDifference(model: Trainable, batch: Batch, value: Float64Array, i: number, epsilon: number): number {
  const original = value[i]!;
  const h = epsilon * Math.max(1, Math.abs(original));
  value[i] = original + h;
  const plus = model.evaluate(batch);
  value[i] = original - h;
  const minus = model.evaluate(batch);
  value[i] = original;
  // divide by the step actually taken: (θ + h) − (θ − h) is not always exactly 2h in float64
  return (plus - minus) / (original + h - (original - h));
}

function positive(name: string, v: number): number {
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) {
    throw new RangeError(`gradCheck: ${name} must be a finite number > 0, got ${String(v)}.`);
  }
  return v;
}
