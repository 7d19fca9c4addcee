import type { Optimizer, Param } from '../train/types.js';

/** Plain gradient descent: `value ← value − lr·grad`, exactly, for every entry. No state. */
export class Sgd implements Optimizer {
  readonly name = 'sgd';

  /** One update of every parameter in place. */
  step(params: readonly Param[], lr: number): void {
    for (let k = 0; k < params.length; k++) {
      const { value, grad } = params[k]!;
      for (let i = 0; i < value.length; i++) value[i] = value[i]! - lr * grad[i]!;
    }
  }

  /** Plain SGD keeps no state, so there is nothing to forget. */
  reset(): void {}
}
