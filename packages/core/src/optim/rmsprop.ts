/** RMSprop: scales each step by a running root-mean-square of recent gradients. */
import type { Optimizer, Param } from '../train/types.js';
import { fraction, nonNegative, type Penalty, type PenaltyOptions, penalized, readPenalty } from './regularization.js';

/** Options of RMSprop. */
export interface RmspropOptions extends PenaltyOptions {
  /** Decay ρ of the squared-gradient average. @default 0.9 */
  readonly rho?: number;
  /** Added to the root mean square so the step stays finite. @default 1e-8 */
  readonly epsilon?: number;
}

/** s ← ρ·s + (1 − ρ)·g², then w ← w − lr·g / (√s + ε). */
export class Rmsprop implements Optimizer {
  readonly name = 'rmsprop';
  readonly rho: number;
  readonly epsilon: number;
  private penalty: Penalty;
  private meanSquare = new WeakMap<Float64Array, Float64Array>();

  constructor(options: RmspropOptions = {}) {
    this.rho = fraction('rmsprop', 'rho', options.rho ?? 0.9);
    this.epsilon = nonNegative('rmsprop', 'epsilon', options.epsilon ?? 1e-8, true);
    this.penalty = readPenalty('rmsprop', options);
  }

  /** Takes a new weight penalty from the next step on; the state (moments, step count) is kept. */
  setPenalty(options: PenaltyOptions): void {
    this.penalty = readPenalty('rmsprop', options);
  }

  /** One update of every parameter in place. */
  step(params: readonly Param[], lr: number): void {
    const { rho, epsilon } = this;
    for (const { value, grad } of params) {
      let s = this.meanSquare.get(value);
      if (s === undefined) {
        s = new Float64Array(value.length);
        this.meanSquare.set(value, s);
      }
      for (let i = 0; i < value.length; i++) {
        const g = penalized(grad[i]!, value[i]!, this.penalty);
        const si = rho * s[i]! + (1 - rho) * g * g;
        s[i] = si;
        value[i] = value[i]! - (lr * g) / (Math.sqrt(si) + epsilon);
      }
    }
  }

  /** Forgets the running averages. */
  reset(): void {
    this.meanSquare = new WeakMap();
  }
}
