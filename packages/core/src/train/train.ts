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
export async function* train(
  model: Trainable,
  data: TrainData,
  options: TrainOptions = {},
): AsyncGenerator<TrainEvent, void, undefined> {
  const trainer = new Trainer(model, data, options);
  // the start event costs one evaluation, not an epoch: show it before any training work
  const start = trainer.next();
  if (start !== undefined) yield start;
  let sliceStart = now();
  let lastCheck = sliceStart;
  // Reading the clock costs about as much as one epoch of the tutorial's neuron, so it is read every `stride`
  // epochs, with the stride sized from the measured epoch time to land about every CHECK_MS.
  let stride = 1;
  let sinceCheck = 0;
  for (;;) {
    trainer.advanceEpoch();
    for (let e = trainer.takeEvent(); e !== undefined; e = trainer.takeEvent()) yield e;
    if (trainer.finished) return;
    if (++sinceCheck < stride) continue;
    const t = now();
    stride = nextStride(stride, t - lastCheck);
    sinceCheck = 0;
    lastCheck = t;
    if (t - sliceStart >= SLICE_MS) {
      await macrotask();
      sliceStart = now();
      lastCheck = sliceStart;
    }
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
