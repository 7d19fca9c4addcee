/**
 * The training thread of the dashboard and of --json and plain output: the one place the run's model lives. It loads
 * the engine at once, materialises the run plan when the setup message comes, then trains only when asked: each pull
 * message gets one chunk of events back, so the drawing thread never waits for training, and training never runs more
 * than the pulled chunks ahead of what is shown; a hold message (pause) cancels the pulls not yet begun. Each chunk
 * carries the chart's prediction and the network panel's reading at its last event, and a save message is answered
 * with the model file, in order with the pulls. Messages are read between chunks (every 20 ms or so, or after each event when events are slower), an
 * abort too. Anything thrown here reaches the main thread as the Worker's 'error' event.
 */
import { parentPort } from 'node:worker_threads';
import type { Trainable, TrainEvent } from '@neuronlab/core';
import { Trainer } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';
import { materializeRun } from '@neuronlab/lab';
import { modelMessage } from './model-message.js';
import { ModelProbes } from './model-probes.js';
import type {
  ChartInputs,
  ChunkMessage,
  FromWorker,
  NetworkProbe,
  NetworkReading,
  Prediction,
  PullMessage,
  SaveMessage,
  ToWorker,
  WorkerSetup,
} from './worker-protocol.js';
import { eventEpoch, isFinal } from './worker-protocol.js';

const port = parentPort!;
// A plain object, like an AbortSignal, set by the abort message and read by the trainer at every epoch boundary.
// (A shared-memory flag would be seen sooner, but reading one every epoch slows the tutorial's neuron measurably.)
const stop = { aborted: false };
// pulls and saves, answered in the order they came
const work: Array<PullMessage | SaveMessage> = [];
let run: { plan: RunPlan; model: Trainable; trainer: Trainer; probes: ModelProbes } | null = null;
let lastEpoch = 0;
// the epoch of the last chart prediction and of the last network reading sent, and when a chunk last carried either
let predictedEpoch = -1;
let readEpoch = -1;
let predictedAt = Number.NEGATIVE_INFINITY;
let ended = false;
/**
 * Least time between two chart predictions (and network readings) while training runs at full speed. A decision map
 * over the panel's grid costs as much as many epochs, and this thread is the one that trains; the screen redraws at
 * most 20 times a second, so about ten fresh maps a second keep it current without slowing training by more than a
 * few percent.
 */
const PREDICT_EVERY_MS = 100;
let scheduled = false;

port.on('message', (message: ToWorker) => {
  if (message.type === 'setup') begin(message.setup);
  else if (message.type === 'abort') stop.aborted = true;
  else if (message.type === 'hold') hold();
  else if (message.type === 'chart') setChart(message.chart);
  else if (message.type === 'probe') setProbe(message.probe);
  else work.push(message);
  schedule();
});

function send(message: FromWorker): void {
  // copied, not transferred: detaching any ArrayBuffer makes V8 guard every typed-array access in optimized code
  // against detached buffers from then on, which slows the training loop by about a quarter
  port.postMessage(message);
}

function begin(setup: WorkerSetup): void {
  const live = materializeRun(setup.plan);
  const trainer = new Trainer(live.model, live.data, { ...live.options, reportEvery: setup.reportEvery, signal: stop });
  run = { plan: setup.plan, model: live.model, trainer, probes: new ModelProbes(live.model, setup.plan) };
  if (setup.chart !== null) setChart(setup.chart);
}

/** Predicts at new chart inputs from now on, and answers with the model as it is now. */
function setChart(inputs: ChartInputs): void {
  if (run === null) return;
  run.probes.chart = inputs;
  const prediction = predict();
  if (prediction !== null) send({ type: 'prediction', prediction });
}

/** The model's outputs at the chart inputs, now; null before setup or without chart inputs. */
function predict(): Prediction | null {
  const prediction = run?.probes.predict(lastEpoch) ?? null;
  if (prediction === null) return null;
  predictedEpoch = lastEpoch;
  predictedAt = performance.now();
  return prediction;
}

/** Reads the network at a new probe from now on, and answers with the model as it is now. */
function setProbe(p: NetworkProbe): void {
  if (run === null) return;
  run.probes.probe = p;
  const reading = read();
  if (reading !== null) send({ type: 'reading', reading });
}

/** The network panel's numbers at the probe, now; null before setup, without a probe, or for a model not a network. */
function read(): NetworkReading | null {
  const reading = run?.probes.read(lastEpoch) ?? null;
  if (reading !== null) readEpoch = lastEpoch;
  return reading;
}

/** Cancels the pulls not yet started, so a pause stops training after the chunk in progress; saves stay queued. */
function hold(): void {
  const empty: ChunkMessage = { type: 'chunk', events: [], prediction: null, reading: null };
  const saves = work.filter((w) => w.type === 'save');
  for (let i = work.length - saves.length; i > 0; i--) send(empty);
  work.splice(0, work.length, ...saves);
  // the screen holds at the last epoch sent: its chart must show the model there, which a skipped prediction missed
  if (predictedEpoch !== lastEpoch) {
    const prediction = predict();
    if (prediction !== null) send({ type: 'prediction', prediction });
  }
  if (readEpoch !== lastEpoch) {
    const reading = read();
    if (reading !== null) send({ type: 'reading', reading });
  }
}

// one chunk per macrotask, so messages that arrive meanwhile (more pulls, an abort) are read between chunks
function schedule(): void {
  if (scheduled || run === null || work.length === 0) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    const next = work.shift();
    if (next?.type === 'save') send(modelMessage(run!.model, run!.plan, lastEpoch));
    // a pull after the run ended is answered with no events (none are asked for, but a step may race the end)
    else if (next !== undefined) {
      send(ended ? { type: 'chunk', events: [], prediction: null, reading: null } : produce(next));
    }
    schedule();
  });
}

/** Trains until the pull's epochs or time are used up, or the run ends; then predicts for the chart and reads the network. */
function produce(pull: PullMessage): ChunkMessage {
  const since = performance.now();
  const from = lastEpoch;
  const events: TrainEvent[] = [];
  for (;;) {
    const event = run!.trainer.next();
    if (event === undefined) throw new Error('train: the trainer ended without a done event. This is a bug.');
    events.push(event);
    lastEpoch = eventEpoch(event);
    if (isFinal(event)) {
      ended = true;
      break;
    }
    if (lastEpoch - from >= pull.epochs || performance.now() - since >= pull.ms) break;
  }
  // paced chunks (a frame's epochs) and the last one always carry a prediction and a reading; at full speed at most
  // every PREDICT_EVERY_MS
  const due = ended || Number.isFinite(pull.epochs) || performance.now() - predictedAt >= PREDICT_EVERY_MS;
  if (!due) return { type: 'chunk', events, prediction: null, reading: null };
  const message: ChunkMessage = { type: 'chunk', events, prediction: predict(), reading: read() };
  predictedAt = performance.now();
  return message;
}
