import { Rng } from '../rng.js';
import type { ResolvedOptions } from './options.js';
import type { Batch, Trainable } from './types.js';

/**
 * The batches of one epoch. Minibatches: a seeded permutation per epoch, rows gathered into reused buffers. Full
 * batch: one batch, the training set itself, in sample order (never shuffled, so the tutorial's sums keep their
 * order).
 */
export class MinibatchSource {
  /** Batches per epoch. */
  readonly count: number;
  private readonly size: number;
  private readonly order: Int32Array;
  private readonly rng: Rng | null;
  private readonly full: Batch;
  private readonly last: Batch;

  constructor(
    private readonly model: Trainable,
    private readonly data: Batch,
    options: ResolvedOptions,
  ) {
    const { n } = data;
    this.size = options.fullBatch ? n : options.batchSize;
    this.count = Math.ceil(n / this.size);
    this.order = Int32Array.from({ length: options.fullBatch ? 0 : n }, (_, i) => i);
    this.rng = options.fullBatch ? null : new Rng(options.seed);
    this.full = options.fullBatch ? data : makeBatch(model, this.size);
    this.last = options.fullBatch ? data : makeBatch(model, n - (this.count - 1) * this.size);
  }

  /** Batch `k` of this epoch (0 ≤ k < count); asking for batch 0 starts the epoch with a new shuffle. */
  batch(k: number): Batch {
    if (this.rng === null) return this.data;
    if (k === 0) this.rng.shuffle(this.order);
    const batch = k === this.count - 1 ? this.last : this.full;
    this.gather(batch, k * this.size);
    return batch;
  }

  // Element by element, not `set(subarray(…))`: that made two typed-array views per row, and those views were most
  // of the garbage a small model's minibatch training made (see packages/bench results, cases small-net and sweep).
  private gather(batch: Batch, from: number): void {
    const dx = this.model.inputDim;
    const dy = this.model.outputDim;
    const { x, y } = this.data;
    for (let r = 0; r < batch.n; r++) {
      const i = this.order[from + r]!;
      for (let c = 0; c < dx; c++) batch.x[r * dx + c] = x[i * dx + c]!;
      for (let c = 0; c < dy; c++) batch.y[r * dy + c] = y[i * dy + c]!;
    }
  }
}

function makeBatch(model: Trainable, n: number): Batch {
  return { x: new Float64Array(n * model.inputDim), y: new Float64Array(n * model.outputDim), n };
}
