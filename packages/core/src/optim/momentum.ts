/** Gradient descent with momentum, classic or Nesterov. */
import type { Optimizer, Param } from '../train/types.js';
import { nonNegative, type Penalty, type PenaltyOptions, penalized, readPenalty } from './regularization.js';

/** Options of Momentum. */
export interface MomentumOptions extends PenaltyOptions {
  /** Velocity decay μ. @default 0.9 */
  readonly momentum?: number;
  /** Look ahead along the velocity (Nesterov's update). @default false */
  readonly nesterov?: boolean;
}

/**
 * v ← μ·v + g, then w ← w − lr·v (classic) or w ← w − lr·(g + μ·v) (Nesterov). The velocity lives per parameter
 * block and starts at zero, so the first step equals plain SGD (classic) or SGD scaled by 1 + μ (Nesterov).
 */
export class Momentum implements Optimizer {
  readonly name: string;
  readonly momentum: number;
  readonly nesterov: boolean;
  private penalty: Penalty;
  private velocity = new WeakMap<Float64Array, Float64Array>();

  constructor(options: MomentumOptions = {}) {
    this.nesterov = options.nesterov === true;
    this.name = this.nesterov ? 'nesterov' : 'momentum';
    this.momentum = nonNegative(this.name, 'momentum', options.momentum ?? 0.9);
    this.penalty = readPenalty(this.name, options);
  }

  /** Takes a new weight penalty from the next step on; the state (moments, step count) is kept. */
  setPenalty(options: PenaltyOptions): void {
    this.penalty = readPenalty(this.name, options);
  }

  /** One update of every parameter in place. */
  step(params: readonly Param[], lr: number): void {
    const mu = this.momentum;
    for (const { value, grad } of params) {
      let v = this.velocity.get(value);
      if (v === undefined) {
        v = new Float64Array(value.length);
        this.velocity.set(value, v);
      }
      for (let i = 0; i < value.length; i++) {
        const g = penalized(grad[i]!, value[i]!, this.penalty);
        const vi = mu * v[i]! + g;
        v[i] = vi;
        value[i] = value[i]! - lr * (this.nesterov ? g + mu * vi : vi);
      }
    }
  }

  /** Forgets every velocity. */
  reset(): void {
    this.velocity = new WeakMap();
  }
}
