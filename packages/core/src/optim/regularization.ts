/**
 * Weight penalties shared by the optimizers. They are applied to the gradient the optimizer sees (not written back
 * into `param.grad`, so reported gradients stay the loss's own):
 * L2 adds λ₂·w (the gradient of ½λ₂‖w‖²; classic coupled weight decay) and L1 adds λ₁·sign(w) (the gradient of λ₁‖w‖₁).
 * Both apply to every parameter, biases included.
 */

/** Settings every optimizer in this folder accepts. */
export interface PenaltyOptions {
  /** L2 coefficient λ₂ (weight decay): adds λ₂·w to each gradient. @default 0 */
  readonly weightDecay?: number;
  /** L1 coefficient λ₁: adds λ₁·sign(w) to each gradient. @default 0 */
  readonly l1?: number;
}

/** Validated penalty coefficients. */
export interface Penalty {
  readonly l2: number;
  readonly l1: number;
}

/** Checks that `value` is a finite number ≥ 0 (or > 0 when `strict`) and returns it, else a RangeError for `where`. */
export function nonNegative(where: string, key: string, value: number, strict = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (strict && value === 0)) {
    throw new RangeError(
      `${where}: ${key} must be a finite number ${strict ? '>' : '>='} 0, got ${String(value)}. Pass a value such as 0.9.`,
    );
  }
  return value;
}

/** Checks that `value` lies in [0, 1). */
export function fraction(where: string, key: string, value: number): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) {
    throw new RangeError(`${where}: ${key} must be in [0, 1), got ${String(value)}. Pass a value such as 0.9.`);
  }
  return value;
}

/** Reads and validates the penalty settings for optimizer `where`. */
export function readPenalty(where: string, o: PenaltyOptions): Penalty {
  return { l2: nonNegative(where, 'weightDecay', o.weightDecay ?? 0), l1: nonNegative(where, 'l1', o.l1 ?? 0) };
}

/** The penalized gradient of one entry: g + λ₂·w + λ₁·sign(w). */
export function penalized(g: number, w: number, penalty: Penalty): number {
  return g + penalty.l2 * w + penalty.l1 * Math.sign(w);
}
