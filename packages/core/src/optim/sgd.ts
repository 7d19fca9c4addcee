import type { Optimizer, Param } from '../train/types.js';
import { type Penalty, type PenaltyOptions, penalized, readPenalty } from './regularization.js';

/**
 * Plain gradient descent: `value ← value − lr·grad` for every entry, the tutorial's update. A weight penalty, when
 * given, is added to the gradient first (see regularization.ts); with none the update is exactly the plain one.
 */
export class Sgd implements Optimizer {
  readonly name = 'sgd';
  private penalty: Penalty | null;

  constructor(options: PenaltyOptions = {}) {
    this.penalty = Sgd.read(options);
  }

  // No penalty means no extra terms at all: the tutorial's update, bit for bit (a zero penalty would turn −0 into 0).
  private static read(options: PenaltyOptions): Penalty | null {
    const penalty = readPenalty('sgd', options);
    return penalty.l1 === 0 && penalty.l2 === 0 ? null : penalty;
  }

  /** Takes a new weight penalty from the next step on (SGD has no other state). */
  setPenalty(options: PenaltyOptions): void {
    this.penalty = Sgd.read(options);
  }

  /** One update of every parameter in place. */
  step(params: readonly Param[], lr: number): void {
    const penalty = this.penalty;
    for (let k = 0; k < params.length; k++) {
      const { value, grad } = params[k]!;
      // the choice is made once per block, not per value: a test inside the loop slows a wide layer's update (see
      // packages/bench results, case 3)
      if (penalty === null) {
        for (let i = 0; i < value.length; i++) value[i] = value[i]! - lr * grad[i]!;
      } else {
        for (let i = 0; i < value.length; i++) value[i] = value[i]! - lr * penalized(grad[i]!, value[i]!, penalty);
      }
    }
  }

  /** Plain SGD keeps no state, so there is nothing to forget. */
  reset(): void {}
}
