import { DivergenceError } from '../errors.js';
import type { DoneEvent, TrainEvent } from './events.js';
import type { TrainData, TrainOptions } from './options.js';
import { Trainer } from './trainer.js';
import type { Trainable } from './types.js';

/**
 * Trains any model and streams its progress: start, progress every `reportEvery` epochs, then done or error.
 *
 * Pull-based: work happens only while the consumer asks for the next event, so a consumer that stops pulling pauses
 * training, and `break` ends it. Between events it yields to the event loop every few milliseconds so timers, input
 * and an AbortSignal can act during long runs.
 *
 * @example
 * for await (const e of train(createNeuron({ seed: 1 }), { train: data }, { lr: 1e-3 })) {
 *   if (e.type === 'progress') console.log(e.epoch, e.loss);
 * }
 */
export function train(
  model: Trainable,
  data: TrainData,
  options: TrainOptions = {},
): AsyncGenerator<TrainEvent, void, undefined> {
  return new TrainStream(new Trainer(model, data, options));
}

const FINISHED: IteratorReturnResult<void> = Object.freeze({ value: undefined, done: true });

/**
 * The async iterator behind `train`, written by hand rather than as an `async function*`: a generator pays for
 * its own suspend/resume machinery on every event, which costs more than an epoch of the tutorial's neuron (100
 * multiply-adds; see packages/bench results, case 1). Here `next()` runs epochs until an event is ready and returns an already-settled promise, so
 * reporting every epoch adds little beyond building the event itself.
 */
class TrainStream implements AsyncGenerator<TrainEvent, void, undefined> {
  private started = false;
  private closed = false;
  private sliceStart = 0;
  private lastCheck = 0;
  // Reading the clock costs about as much as one epoch of the tutorial's neuron, so it is read only every `stride`
  // epochs, with the stride sized from the measured epoch time to land about every CHECK_MS.
  private stride = 1;
  private sinceCheck = 0;
  // set while waiting for the event loop, so a next() called meanwhile queues behind it
  private waiting: Promise<IteratorResult<TrainEvent, void>> | null = null;

  constructor(private readonly trainer: Trainer) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<TrainEvent, void>> {
    if (this.waiting) return this.waiting.then(() => this.next());
    if (this.closed) return Promise.resolve(FINISHED);
    if (!this.started) {
      this.started = true;
      // the start event costs one evaluation, not an epoch: show it before any training work
      const start = this.trainer.next();
      this.sliceStart = now();
      this.lastCheck = this.sliceStart;
      if (start !== undefined) return Promise.resolve({ value: start, done: false });
    }
    for (;;) {
      const event = this.trainer.takeEvent();
      if (event !== undefined) return Promise.resolve({ value: event, done: false });
      if (this.trainer.finished) return this.finish();
      if (this.sinceCheck >= this.stride && this.sliceOver()) {
        // give timers, input and abort handlers their turn, then carry on where we left off
        this.waiting = macrotask().then(() => {
          this.waiting = null;
          this.sliceStart = now();
          this.lastCheck = this.sliceStart;
          return this.next();
        });
        return this.waiting;
      }
      this.sinceCheck += this.trainer.runUntilEvent(this.stride - this.sinceCheck);
    }
  }

  return(): Promise<IteratorResult<TrainEvent, void>> {
    return this.finish();
  }

  throw(error: unknown): Promise<IteratorResult<TrainEvent, void>> {
    this.closed = true;
    return Promise.reject(error);
  }

  private finish(): Promise<IteratorResult<TrainEvent, void>> {
    this.closed = true;
    return Promise.resolve(FINISHED);
  }

  /** After `stride` epochs: true when this slice has used its time, and the next stride sized from the clock. */
  private sliceOver(): boolean {
    const t = now();
    this.stride = nextStride(this.stride, t - this.lastCheck);
    this.sinceCheck = 0;
    this.lastCheck = t;
    return t - this.sliceStart >= SLICE_MS;
  }
}

/** Epochs to run before the next clock read, given that the last `stride` epochs took `elapsedMs`. */
function nextStride(stride: number, elapsedMs: number): number {
  if (elapsedMs <= 0) return Math.min(stride * 2, MAX_STRIDE);
  const fit = Math.floor((stride * CHECK_MS) / elapsedMs);
  // grow at most 2× per check so one fast epoch cannot stretch the stride past a slow stretch that follows
  return Math.max(1, Math.min(fit, stride * 2, MAX_STRIDE));
}

/** The same stream as `train`, synchronously: for scripts, benchmarks and tests. */
export function* trainSync(
  model: Trainable,
  data: TrainData,
  options: TrainOptions = {},
): Generator<TrainEvent, void, undefined> {
  const trainer = new Trainer(model, data, options);
  for (let e = trainer.next(); e !== undefined; e = trainer.next()) yield e;
}

/** Trains to the end synchronously and returns the done event; throws DivergenceError (or RangeError) on an error event. */
export function fit(model: Trainable, data: TrainData, options: TrainOptions = {}): DoneEvent {
  const trainer = new Trainer(model, data, options);
  for (let e = trainer.next(); e !== undefined; e = trainer.next()) {
    if (e.type === 'done') return e;
    if (e.type === 'error') {
      if (e.code === 'diverged') throw new DivergenceError(e.message, e.epoch, e.lr, e.stableLimit ?? null);
      throw new RangeError(e.message);
    }
  }
  throw new Error('fit: the trainer ended without a done event. This is a bug in @neuronlab/core.');
}

// ~ one 60 Hz frame of work between chances for the event loop to run timers, input and abort handlers
const SLICE_MS = 16;
// how often the clock is read; small against SLICE_MS so a slice overshoots by at most about this much
const CHECK_MS = 1;
const MAX_STRIDE = 4096;

interface MessagePortLike {
  onmessage: (() => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}

interface TimerGlobals {
  setTimeout?: (callback: () => void, ms: number) => unknown;
  MessageChannel?: new () => { port1: MessagePortLike; port2: MessagePortLike };
  performance?: { now(): number };
}

const timers = globalThis as unknown as TimerGlobals;

function now(): number {
  return timers.performance ? timers.performance.now() : Date.now();
}

// A MessageChannel message is a macrotask without setTimeout's clamping (browsers wait ≥ 4 ms for nested timers).
// One channel per call, closed at once, so an open port never keeps a Node process alive.
function macrotask(): Promise<void> {
  const Channel = timers.MessageChannel;
  const set = timers.setTimeout;
  return new Promise((resolve) => {
    if (Channel) {
      const { port1, port2 } = new Channel();
      port1.onmessage = () => {
        port1.close();
        resolve();
      };
      port2.postMessage(null);
    } else if (set) set(resolve, 0);
    else resolve();
  });
}
