import { Rng } from '../rng.js';
import type { ResolvedOptions } from './options.js';
import type { Batch, Trainable } from './types.js';

/** Shuffled minibatches: a seeded permutation per epoch, rows gathered into reused buffers. */
export class MinibatchSource {
  /** Minibatches per epoch. */
  readonly count: number;
  private readonly order: Int32Array;
  private readonly rng: Rng;
  private readonly full: Batch;
  private readonly last: Batch;

  constructor(
    private readonly model: Trainable,
    private readonly data: Batch,
    private readonly options: ResolvedOptions,
  ) {
    const { n } = data;
    const size = options.batchSize;
    this.count = Math.ceil(n / size);
    this.order = Int32Array.from({ length: n }, (_, i) => i);
    this.rng = new Rng(options.seed);
    this.full = makeBatch(model, size);
    this.last = makeBatch(model, n - (this.count - 1) * size);
  }

  /** One shuffled pass; returns the sample-weighted mean of the batch losses. */
  runEpoch(lr: number): number {
    const { n } = this.data;
    const size = this.options.batchSize;
    const params = this.model.params();
    this.rng.shuffle(this.order);
    let loss = 0;
    for (let k = 0; k < this.count; k++) {
      const batch = k === this.count - 1 ? this.last : this.full;
      this.gather(batch, k * size);
      loss += this.model.lossAndGrad(batch) * (batch.n / n);
      this.options.optimizer.step(params, lr);
    }
    return loss;
  }

  private gather(batch: Batch, from: number): void {
    const dx = this.model.inputDim;
    const dy = this.model.outputDim;
    for (let r = 0; r < batch.n; r++) {
      const i = this.order[from + r]!;
      batch.x.set(this.data.x.subarray(i * dx, i * dx + dx), r * dx);
      batch.y.set(this.data.y.subarray(i * dy, i * dy + dy), r * dy);
    }
  }
}

function makeBatch(model: Trainable, n: number): Batch {
  return { x: new Float64Array(n * model.inputDim), y: new Float64Array(n * model.outputDim), n };
}
