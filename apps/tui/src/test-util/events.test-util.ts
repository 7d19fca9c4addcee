import type { ParamReport, TrainEvent } from '@neuronlab/core';
import type { EventFeed } from '../session/event-feed.js';

function neuronParams(w: number, b: number): ParamReport[] {
  return [
    { name: 'w', shape: [1], values: [w], grads: [-0.01], norm: Math.abs(w), gradNorm: 0.01 },
    { name: 'b', shape: [1], values: [b], grads: [-0.2], norm: Math.abs(b), gradNorm: 0.2 },
  ];
}

/**
 * A hand-written event stream shaped like the trainer's for the celsius neuron: w eases toward 1.8, b toward 32 and
 * the loss falls by decades. It feeds components and the session without running the engine.
 */
export function* neuronEvents(epochs = 100, opts: { testLoss?: boolean } = {}): Generator<TrainEvent> {
  const at = (e: number) => {
    const f = 1 - Math.exp(-e / (epochs / 5));
    return { w: 0.5 + 1.3 * f, b: 0.5 + 27 * f, loss: 3000 * Math.exp(-e / (epochs / 8)) + 18 };
  };
  const s = at(0);
  yield {
    type: 'start',
    model: 'neuron',
    optimizer: 'sgd',
    lr: 1e-4,
    epochs,
    batchSize: 100,
    batchesPerEpoch: 1,
    seed: 42,
    trainSize: 100,
    testSize: opts.testLoss ? 20 : 0,
    loss: s.loss,
    ...(opts.testLoss ? { testLoss: s.loss * 1.1 } : {}),
    params: neuronParams(s.w, s.b),
  };
  for (let e = 1; e <= epochs; e++) {
    const p = at(e);
    const test = opts.testLoss ? { testLoss: p.loss * 1.1 } : {};
    yield { type: 'progress', epoch: e, step: e, loss: p.loss, lr: 1e-4, params: neuronParams(p.w, p.b), ...test };
  }
  const f = at(epochs);
  yield {
    type: 'done',
    epochs,
    steps: epochs,
    loss: f.loss,
    reason: 'completed',
    params: neuronParams(f.w, f.b),
    metrics: { r2: 0.99 },
  };
}

/**
 * A feed that hands out `events` in chunks of `perChunk`, each becoming ready a macrotask after it is asked for,
 * like the worker's: a chunk is produced only while the session waits for one, so `produced` shows how far a
 * paused session let it run.
 */
export class ChunkFeed implements EventFeed {
  ended = false;
  produced = 0;
  paces: number[] = [];
  private readonly source: Iterator<TrainEvent>;
  private ready_: TrainEvent[] = [];
  private pending: Promise<void> | null = null;
  private exhausted = false;

  constructor(
    events: Iterable<TrainEvent>,
    private readonly perChunk = 10,
  ) {
    this.source = events[Symbol.iterator]();
  }

  take(): TrainEvent | undefined {
    const e = this.ready_.shift();
    if (e && this.exhausted && this.ready_.length === 0) this.ended = true;
    return e;
  }

  ready(): Promise<void> {
    if (this.ready_.length > 0 || this.ended) return Promise.resolve();
    this.pending ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        this.pending = null;
        for (let i = 0; i < this.perChunk; i++) {
          const r = this.source.next();
          if (r.done) {
            this.exhausted = true;
            if (this.ready_.length === 0) this.ended = true;
            break;
          }
          this.ready_.push(r.value);
          this.produced++;
        }
        resolve();
      }),
    );
    return this.pending;
  }

  setPace(epochsPerChunk: number): void {
    this.paces.push(epochsPerChunk);
  }

  /** Settles once the chunk asked for (if any) is ready: this feed never trains more than that one chunk. */
  settle(): Promise<void> {
    return this.pending?.then(() => undefined) ?? Promise.resolve();
  }
}
