/**
 * Gradient check: compares a model's analytic gradients with central finite differences of its loss.
 *
 * For each parameter entry θᵢ: numeric = (L(θᵢ + h) − L(θᵢ − h)) / 2h with h = epsilon·max(1, |θᵢ|), and the
 * relative error max(0, |analytic − numeric| − noise) / max(|analytic|, |numeric|, floor). Central differences are
 * exact for a quadratic loss up to rounding, and accurate to O(h²) otherwise, so a correct gradient lands far below
 * the threshold while a wrong formula (like the tutorial's output-for-input slip) lands near 1.
 *
 * `noise` is the rounding error the difference quotient itself carries: each loss is only known to a few ulp of its
 * size, so (L₊ − L₋)/2h is uncertain by about ulp·|L|/h. Near a minimum the gradient is tiny while the loss is not
 * (the tutorial neuron after 10,000 steps: |∂L/∂w| ≈ 5e-3, L ≈ 18), and without this allowance a correct gradient
 * would be reported as wrong.
 *
 * Some losses carry far more rounding than a few ulp of their size: a trained classifier's cross-entropy is a small
 * difference of log-sum-exp terms many times larger, so its rounding is hundreds of ulp of L. An entry that fails on
 * the allowance above is therefore measured again, with the quotients over steps from h/8 to 8h: how far they fall
 * from the one over h bounds its error, and four times that is the noise allowed. Rounding grows at the smaller
 * steps and truncation at the larger; a wide range of steps is needed since the rounding of a loss often stays the
 * same over small changes of θᵢ, so that the quotients over h, 2h and h/2 agree to the last digit while all being
 * off. Every quotient estimates the true derivative, so a wrong analytic gradient stays as far from them as it was
 * and still fails.
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
      const h = epsilon * Math.max(1, Math.abs(p.value[i]!));
      const { numeric, noise } = centralDifference(model, batch, p.value, i, h);
      const relative = (allowed: number) =>
        Math.max(0, Math.abs(analytic - numeric) - allowed) / Math.max(Math.abs(analytic), Math.abs(numeric), floor);
      let error = relative(noise);
      // measured only where the estimate fails: a correct check at fresh parameters costs no more evaluations
      if (error > tolerance) error = relative(Math.max(noise, measuredNoise(model, batch, p.value, i, h, numeric)));
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

/** The steps, as multiples of h, whose quotients bound the error of the one at h (see the module comment). */
const CHECK_STEPS = [2, 0.5, 4, 0.25, 8, 0.125];
/** The margin on that spread: quotients may agree with each other more closely than any is accurate. */
const NOISE_MARGIN = 4;

/**
 * How far the difference quotient at `h` can be off, measured: the largest distance from it to the quotients at the
 * steps of CHECK_STEPS, times NOISE_MARGIN.
 */
function measuredNoise(model: Trainable, batch: Batch, value: Float64Array, i: number, h: number, at: number): number {
  let spread = 0;
  for (const k of CHECK_STEPS)
    spread = Math.max(spread, Math.abs(centralDifference(model, batch, value, i, k * h).numeric - at));
  return NOISE_MARGIN * spread;
}

/** Relative rounding error assumed for one loss evaluation: 16 ulp covers summing a batch in float64. */
const LOSS_ROUNDING = 16 * Number.EPSILON;

/** The central difference of the loss in entry `i` over ±h, and the rounding noise a few ulp of the loss give it. */
function centralDifference(
  model: Trainable,
  batch: Batch,
  value: Float64Array,
  i: number,
  h: number,
): { numeric: number; noise: number } {
  const original = value[i]!;
  value[i] = original + h;
  const plus = model.evaluate(batch);
  value[i] = original - h;
  const minus = model.evaluate(batch);
  value[i] = original;
  // divide by the step actually taken: (θ + h) − (θ − h) is not always exactly 2h in float64
  const step = original + h - (original - h);
  const noise = (LOSS_ROUNDING * (Math.abs(plus) + Math.abs(minus))) / step;
  return { numeric: (plus - minus) / step, noise };
}

function positive(name: string, v: number): number {
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) {
    throw new RangeError(`gradCheck: ${name} must be a finite number > 0, got ${String(v)}.`);
  }
  return v;
}
