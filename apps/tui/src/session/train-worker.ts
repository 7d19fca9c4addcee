/**
 * The training thread of the dashboard. It loads the engine at once, materialises the run plan when the setup message comes,
 * then trains only when asked: each pull message gets one batch of events back, so the drawing thread never waits for
 * training, and training never runs more than the pulled batches ahead of what is shown; a hold message (pause)
 * cancels the pulls not yet begun. Messages are read between batches (every 20 ms or so, or after each event when
 * events are slower), an abort too. Anything thrown here reaches the main thread as the Worker's 'error' event.
 */
import { parentPort } from 'node:worker_threads';
import type { TrainEvent } from '@neuronlab/core';
import { Trainer } from '@neuronlab/core';
import { materializeRun } from '@neuronlab/lab';
import type { BatchMessage, PullMessage, ToWorker, WorkerSetup } from './worker-protocol.js';
import { eventEpoch, isFinal } from './worker-protocol.js';

const port = parentPort!;
// A plain object, like an AbortSignal, set by the abort message and read by the trainer at every epoch boundary.
// (A shared-memory flag would be seen sooner, but reading one every epoch slows the tutorial's 0.2 µs epoch by 8%.)
const stop = { aborted: false };
const pulls: PullMessage[] = [];
let trainer: Trainer | null = null;
let width = 0;
let lastEpoch = 0;
let ended = false;
let scheduled = false;

port.on('message', (message: ToWorker) => {
  if (message.type === 'setup') begin(message.setup);
  else if (message.type === 'abort') stop.aborted = true;
  else if (message.type === 'hold') hold();
  else pulls.push(message);
  schedule();
});

function begin(setup: WorkerSetup): void {
  const run = materializeRun(setup.plan);
  trainer = new Trainer(run.model, run.data, { ...run.options, reportEvery: setup.reportEvery, signal: stop });
  width = run.model.params().reduce((n, p) => n + p.value.length, 0);
}

/** Cancels the pulls not yet started, so a pause stops training after the batch in progress. */
function hold(): void {
  const empty: BatchMessage = { events: [], params: new Float64Array(0) };
  for (; pulls.length > 0; pulls.shift()) port.postMessage(empty);
}

// one batch per macrotask, so messages that arrive meanwhile (more pulls, an abort) are read between batches
function schedule(): void {
  if (scheduled || ended || trainer === null || pulls.length === 0) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    const pull = pulls.shift();
    // copied, not transferred: detaching any ArrayBuffer makes V8 guard every typed-array access in optimized code
    // against detached buffers from then on, which slows the training loop by about a quarter
    if (pull !== undefined) port.postMessage(produce(trainer!, pull));
    schedule();
  });
}

/** Trains until the pull's epochs or time are used up, or the run ends; every event keeps its parameters. */
function produce(t: Trainer, pull: PullMessage): BatchMessage {
  const since = performance.now();
  const from = lastEpoch;
  const params = t.model.params();
  const events: TrainEvent[] = [];
  let rows = new Float64Array(width * 8);
  for (;;) {
    const event = t.next();
    if (event === undefined) throw new Error('train: the trainer ended without a done event. This is a bug.');
    if ((events.length + 1) * width > rows.length) {
      const grown = new Float64Array(rows.length * 2);
      grown.set(rows);
      rows = grown;
    }
    let offset = events.length * width;
    for (const p of params) {
      rows.set(p.value, offset);
      offset += p.value.length;
    }
    events.push(event);
    lastEpoch = eventEpoch(event);
    if (isFinal(event)) {
      ended = true;
      break;
    }
    if (lastEpoch - from >= pull.epochs || performance.now() - since >= pull.ms) break;
  }
  return { events, params: rows.slice(0, events.length * width) };
}
