import type { Batch, Dataset, Rng } from '@neuronlab/core';
import { checkNumber } from '@neuronlab/core';
import { permutation, toRng } from './shuffle.js';

/** Options of `minibatches`. */
export interface MinibatchOptions {
  /** Rows per batch; the last batch may be smaller. @default 32 */
  readonly batchSize?: number;
  /**
   * Row order: `false` keeps the dataset's order, a seed shuffles it reproducibly, and an Rng is advanced in
   * place so that calling again for the next epoch gives a new order. @default false
   */
  readonly shuffle?: false | number | Rng;
  /** Skip a last batch smaller than batchSize. @default false */
  readonly dropLast?: boolean;
}

/**
 * One pass over `dataset` in batches. In order, each batch's x and y are views into the dataset (no copy);
 * shuffled, they are fresh arrays.
 */
export function* minibatches(dataset: Dataset, options: MinibatchOptions = {}): Generator<Batch, void, undefined> {
  const { batchSize = 32, shuffle = false, dropLast = false } = options;
  checkNumber('minibatches: batchSize', batchSize, { integer: true, min: 1, hint: 'Try 32.' });
  const order = shuffle === false ? null : permutation(dataset.n, toRng('minibatches', shuffle));
  const { inputDim: d, outputDim: k } = dataset;
  for (let start = 0; start < dataset.n; start += batchSize) {
    const n = Math.min(batchSize, dataset.n - start);
    if (dropLast && n < batchSize) return;
    if (order === null) {
      yield { n, x: dataset.x.subarray(start * d, (start + n) * d), y: dataset.y.subarray(start * k, (start + n) * k) };
      continue;
    }
    const x = new Float64Array(n * d);
    const y = new Float64Array(n * k);
    for (let r = 0; r < n; r++) {
      const i = order[start + r]!;
      x.set(dataset.x.subarray(i * d, i * d + d), r * d);
      y.set(dataset.y.subarray(i * k, i * k + k), r * k);
    }
    yield { n, x, y };
  }
}
