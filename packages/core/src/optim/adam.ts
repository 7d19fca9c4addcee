/** Adam: momentum on the gradient and on its square, with bias correction for their zero start. */
import { detMath } from '../math/det-math.js';
import type { Optimizer, Param } from '../train/types.js';
import { fraction, nonNegative, type Penalty, type PenaltyOptions, penalized, readPenalty } from './regularization.js';

/** Options of Adam. */
export interface AdamOptions extends PenaltyOptions {
  /** Decay of the first moment (mean of g). @default 0.9 */
  readonly beta1?: number;
  /** Decay of the second moment (mean of g²). @default 0.999 */
  readonly beta2?: number;
  /** Added to √v̂ so the step stays finite. @default 1e-8 */
  readonly epsilon?: number;
}

/**
 * At step t: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ),
 * w ← w − lr·m̂/(√v̂ + ε). Without the bias correction the first steps would be far too small.
 */
export class Adam implements Optimizer {
  readonly name = 'adam';
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  private penalty: Penalty;
  private perParam = new WeakMap<Float64Array, [Float64Array, Float64Array]>();
  private t = 0;

  constructor(options: AdamOptions = {}) {
    this.beta1 = fraction('adam', 'beta1', options.beta1 ?? 0.9);
    this.beta2 = fraction('adam', 'beta2', options.beta2 ?? 0.999);
    this.epsilon = nonNegative('adam', 'epsilon', options.epsilon ?? 1e-8, true);
    this.penalty = readPenalty('adam', options);
  }

  /** Steps taken since creation or the last reset. */
  get steps(): number {
    return this.t;
  }

  /** Takes a new weight penalty from the next step on; the state (moments, step count) is kept. */
  setPenalty(options: PenaltyOptions): void {
    this.penalty = readPenalty('adam', options);
  }

  /** One update of every parameter in place. */
  step(params: readonly Param[], lr: number): void {
    const { beta1, beta2, epsilon } = this;
    this.t++;
    const c1 = this.correction(beta1);
    const c2 = this.correction(beta2);
    for (const { value, grad } of params) {
      let state = this.perParam.get(value);
      if (state === undefined) {
        state = [new Float64Array(value.length), new Float64Array(value.length)];
        this.perParam.set(value, state);
      }
      const [m, v] = state;
      for (let i = 0; i < value.length; i++) {
        const g = penalized(grad[i]!, value[i]!, this.penalty);
        const mi = beta1 * m[i]! + (1 - beta1) * g;
        const vi = beta2 * v[i]! + (1 - beta2) * g * g;
        m[i] = mi;
        v[i] = vi;
        value[i] = value[i]! - adamDelta(lr, mi, vi, c1, c2, epsilon);
      }
    }
  }

  /** The bias corrections [1 − β₁ᵗ, 1 − β₂ᵗ] at the current step count t (the divisors of m̂ and v̂). */
  corrections(): [number, number] {
    return [this.correction(this.beta1), this.correction(this.beta2)];
  }

  /** The live moments [m, v] of a parameter block, or null before its first step: for showing a step, not editing. */
  moments(value: Float64Array): readonly [Float64Array, Float64Array] | null {
    return this.perParam.get(value) ?? null;
  }

  /** 1 − βᵗ at the current step count: how far a moment that started at zero still falls short. */
  private correction(beta: number): number {
    return 1 - detMath.pow(beta, this.t);
  }

  /** Forgets the moments and the step count. */
  reset(): void {
    this.perParam = new WeakMap();
    this.t = 0;
  }
}

/** Adam's update of one entry, lr·m̂/(√v̂ + ε) with m̂ = m/c1 and v̂ = v/c2: what `step` subtracts. */
export function adamDelta(lr: number, m: number, v: number, c1: number, c2: number, epsilon: number): number {
  return (lr * (m / c1)) / (Math.sqrt(v / c2) + epsilon);
}
