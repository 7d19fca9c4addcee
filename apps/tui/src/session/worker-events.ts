import type { Worker } from 'node:worker_threads';
import type { TrainEvent } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';
import type { EventFeed } from './event-feed.js';
import { ShownAnswer } from './shown-answer.js';
import { TrainThread } from './train-thread.js';
import type {
  FromWorker,
  ModelMessage,
  NetworkProbe,
  NetworkReading,
  Prediction,
  ToWorker,
} from './worker-protocol.js';
import { eventEpoch, isFinal } from './worker-protocol.js';

/**
 * Chunks asked for beyond the one being shown: one in training and one queued, so when the drawing thread is busy
 * with a frame (20–40 ms) as a chunk ends, the worker goes straight on to the next instead of waiting for the ask.
 */
const AHEAD = 2;
/** Training time per chunk while the dashboard draws: under one 50 ms frame, so each frame has fresh events. */
const CHUNK_MS = 20;
/**
 * The longest chunk at full speed. When the screen takes longer than two chunks to draw a frame (a large network
 * panel and decision map on a busy machine), chunks grow to the time between frames, so the training thread does not
 * wait for the drawing one; this bounds how far a pause can land past the epoch on screen.
 */
const MAX_CHUNK_MS = 250;
/**
 * Training time of the first chunks, asked for while React and Ink load (about half a second on the main thread):
 * nothing is on screen yet that could pause or step, so they may be long, and loading overlaps training.
 */
const STARTUP_MS = 250;

/** What a run asks of the feed. */
export interface FeedRunOptions {
  /** Epochs per progress event. */
  readonly reportEvery: number;
  /** Epochs a chunk of events may cover: about one frame of a paced run, Infinity at max speed. */
  readonly epochsPerChunk: number;
  /** Stops the run (at the next epoch boundary, with done reason 'aborted') when it aborts. */
  readonly signal?: AbortSignal;
  /** Inputs (n × inputDim, the data's units) to predict at for the chart, from before the first epoch on. */
  readonly chart?: { readonly x: Float64Array; readonly n: number };
  /**
   * A screen draws between chunks: at full speed, let chunks grow to the time between frames (see MAX_CHUNK_MS).
   * Without one (--json, plain output), chunks stay short, so a stop is answered within a short chunk. @default false
   */
  readonly frames?: boolean;
}

/** Where the model is: whoever trains it answers for it (a save, the chart's predictions). */
export interface ModelOwner {
  /** The model as a model file (or why it may not be saved), at the epoch of the last event sent. */
  modelFile(): Promise<ModelMessage>;
}

/** The chart's predictions, taken in step with the events. */
export interface Predictions {
  /** Predicts at these inputs from now on (answered at once, then with every chunk); returns their id. */
  predictAt(x: Float64Array, n: number): number;
  /** The latest prediction at or before the epoch of the last event taken, or null before the first one. */
  prediction(): Prediction | null;
  /** The first prediction made before training (at epoch 0), or null. */
  readonly initial: Prediction | null;
}

/** The network panel's readings, taken in step with the events. */
export interface NetworkReadings {
  /** Reads the network at this probe from now on (answered at once, then with chunks); returns its id. */
  probe(probe: Omit<NetworkProbe, 'id'>): number;
  /** The latest reading at or before the epoch of the last event taken, or null before the first one. */
  reading(): NetworkReading | null;
}

interface Chunk {
  readonly events: readonly TrainEvent[];
  readonly prediction: Prediction | null;
  readonly reading: NetworkReading | null;
  next: number;
}

/**
 * The trainer's event stream from a worker thread, so training runs on one core while the dashboard draws on the
 * other. The events are exactly those `train(materializeRun(plan).model, …)` would yield in this thread (same Trainer,
 * model, data and options, materialised from the same run plan). The worker holds the only live model: the chart's
 * predictions and the network panel's readings come with the events, each taken when the event it belongs to is
 * (see ShownAnswer), and a save asks the worker (`modelFile`), which answers at the last event it sent; a caller
 * that wants the shown epoch saved first settles a pause (see TrainSession.holdStill).
 *
 * The thread may be spawned before the run is known (see train-thread.ts), so Node and the engine load in it while
 * the CLI is still reading its flags; `start` hands it the run. Call `close` on every way out.
 */
export class WorkerFeed implements EventFeed, ModelOwner, Predictions, NetworkReadings {
  ended = false;
  initial: Prediction | null = null;
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private readonly chunks: Chunk[] = [];
  private started = false;
  private requested = 0;
  private lastReceived = false;
  private failure: Error | null = null;
  private closed = false;
  private waiter: { resolve: () => void; reject: (e: Error) => void } | null = null;
  private readonly settled: Array<() => void> = [];
  private readonly models: Array<{ resolve: (m: ModelMessage) => void; reject: (e: Error) => void }> = [];
  private epochsPerChunk = Number.POSITIVE_INFINITY;
  private paused = false;
  private chunkMs = STARTUP_MS;
  // when the last chunk was taken whole, for the chunk length at full speed (see MAX_CHUNK_MS)
  private lastChunkAt = Number.NaN;
  private frames = false;
  private signal: AbortSignal | undefined;
  private readonly onAbort = () => this.abort();
  private takenEpoch = 0;
  private readonly predictions = new ShownAnswer<Prediction>();
  private readonly readings = new ShownAnswer<NetworkReading>();
  /** Called when a prediction or reading answered at once is shown, which brings no event to redraw for. */
  onPrediction: (() => void) | null = null;
  /** Called with each event as it is taken, in order (the run's log records them). */
  onEvent: ((e: TrainEvent) => void) | null = null;
  private chartId = 0;
  private probeId = 0;

  constructor(thread: TrainThread = new TrainThread()) {
    this.worker = thread.worker;
    this.worker.on('message', (message: FromWorker) => this.receive(message));
    this.worker.on('error', (error) => this.fail(error instanceof Error ? error : new Error(String(error))));
    let exited = () => {};
    this.exited = new Promise((resolve) => (exited = resolve));
    this.worker.on('exit', (code) => {
      exited();
      this.onExit(code);
    });
    if (thread.error) this.fail(thread.error);
    if (thread.exitCode !== null) {
      exited();
      this.onExit(thread.exitCode);
    }
  }

  /** Hands the run to the thread and asks for the first chunks: training starts now. Call once. */
  start(plan: RunPlan, options: FeedRunOptions): this {
    if (this.started) throw new Error('WorkerFeed.start: the feed already runs a training. Make a new feed.');
    this.started = true;
    this.worker.ref();
    this.epochsPerChunk = options.epochsPerChunk;
    this.frames = options.frames ?? false;
    const chart = options.chart ? { id: ++this.chartId, ...options.chart } : null;
    this.post({ type: 'setup', setup: { plan, reportEvery: options.reportEvery, chart } });
    this.signal = options.signal;
    if (this.signal?.aborted) this.abort();
    this.signal?.addEventListener('abort', this.onAbort);
    this.fill();
    this.chunkMs = CHUNK_MS;
    return this;
  }

  take(): TrainEvent | undefined {
    const chunk = this.chunks[0];
    if (chunk === undefined) return undefined;
    const event = chunk.events[chunk.next++]!;
    this.takenEpoch = eventEpoch(event);
    this.onEvent?.(event);
    if (chunk.next === chunk.events.length) {
      this.chunks.shift();
      this.keepUpWithFrames();
      this.predictions.chunkTaken(chunk.prediction);
      this.readings.chunkTaken(chunk.reading);
      this.fill();
    }
    this.predictions.taken(this.takenEpoch);
    this.readings.taken(this.takenEpoch);
    if (isFinal(event)) this.ended = true;
    return event;
  }

  ready(): Promise<void> {
    if (this.chunks.length > 0 || this.ended) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure);
    // paused, nothing is asked for ahead: a step asks for its chunk here (one report, see request)
    if (this.requested === 0) this.request();
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  setPace(epochsPerChunk: number): void {
    this.paused = epochsPerChunk === 0;
    if (this.paused) {
      if (this.requested > 0) this.post({ type: 'hold' });
      return;
    }
    this.wakeSettled();
    this.epochsPerChunk = epochsPerChunk;
    if (this.started && epochsPerChunk !== Number.POSITIVE_INFINITY) this.chunkMs = CHUNK_MS;
    this.lastChunkAt = Number.NaN;
    if (this.started) this.fill();
  }

  settle(): Promise<void> {
    // Only a pause settles: while running, chunks are always out (and none comes after the last one)
    if (!this.paused || this.requested === 0 || this.lastReceived || this.closed || this.failure) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.settled.push(resolve));
  }

  /** Stops the run at the worker's next epoch boundary; its done event (reason 'aborted') still arrives. */
  abort(): void {
    if (this.started && !this.lastReceived) this.post({ type: 'abort' });
  }

  predictAt(x: Float64Array, n: number): number {
    const id = ++this.chartId;
    this.post({ type: 'chart', chart: { id, x, n } });
    return id;
  }

  prediction(): Prediction | null {
    return this.predictions.get();
  }

  probe(probe: Omit<NetworkProbe, 'id'>): number {
    const id = ++this.probeId;
    this.post({ type: 'probe', probe: { id, ...probe } });
    return id;
  }

  reading(): NetworkReading | null {
    return this.readings.get();
  }

  modelFile(): Promise<ModelMessage> {
    if (this.closed || !this.started) {
      return Promise.reject(new Error('train: the training thread is gone, so there is no model to save.'));
    }
    return new Promise((resolve, reject) => {
      this.models.push({ resolve, reject });
      this.post({ type: 'save' });
    });
  }

  /** Ends the thread (idempotent) and settles once it has exited; a session still waiting is told the stream is gone. */
  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.wakeSettled();
      this.signal?.removeEventListener('abort', this.onAbort);
      const gone = new Error('train: the training thread was closed before the run ended.');
      if (!this.lastReceived) this.fail(gone);
      this.rejectModels(gone);
      void this.worker.terminate();
    }
    return this.exited;
  }

  private onExit(code: number): void {
    if (!this.closed) this.fail(new Error(`train: the training thread stopped unexpectedly (exit code ${code}).`));
  }

  private post(message: ToWorker): void {
    if (!this.closed) this.worker.postMessage(message);
  }

  /**
   * At full speed, sets the chunk length to the time between chunks taken (CHUNK_MS to MAX_CHUNK_MS): the
   * AHEAD chunks asked for then cover the screen's slowest frames, so training never idles while a frame is drawn.
   * A paced run's chunks are bounded by their epochs, and keep CHUNK_MS.
   */
  private keepUpWithFrames(): void {
    const now = performance.now();
    const gap = now - this.lastChunkAt;
    this.lastChunkAt = now;
    if (!this.frames || this.epochsPerChunk !== Number.POSITIVE_INFINITY || this.paused || !(gap >= 0)) return;
    // a slow frame lengthens chunks at once, and they shorten slowly: the frames that matter are the slow ones
    this.chunkMs = Math.min(MAX_CHUNK_MS, Math.max(CHUNK_MS, gap, 0.8 * this.chunkMs));
  }

  /** Asks for chunks until AHEAD are requested or waiting to be taken; none ahead while paused. */
  private fill(): void {
    const open = () => !this.paused && !this.lastReceived && !this.closed;
    while (open() && this.requested + this.chunks.length < AHEAD) this.request();
  }

  /**
   * Asks for one chunk. While paused a chunk is one report (a step): a longer one would leave trained epochs that
   * nobody has seen, and quitting would then end the run past the epoch on screen.
   */
  private request(): void {
    if (this.lastReceived || this.closed) return;
    this.post({ type: 'pull', epochs: this.paused ? 1 : this.epochsPerChunk, ms: this.chunkMs });
    this.requested++;
  }

  private receive(message: FromWorker): void {
    if (message.type === 'model') this.models.shift()?.resolve(message);
    else if (message.type === 'prediction') this.predicted(message.prediction);
    else if (message.type === 'reading') {
      if (this.readings.answered(message.reading, this.takenEpoch)) this.onPrediction?.();
    } else this.receiveChunk(message);
  }

  /** A prediction answered at once: the model as it was at the worker's last event, which may not be taken yet. */
  private predicted(p: Prediction): void {
    if (p.epoch === 0) this.initial ??= p;
    // no event comes with it (the run may even have ended before the screen asked): the screen must redraw for it
    if (this.predictions.answered(p, this.takenEpoch)) this.onPrediction?.();
  }

  private receiveChunk({
    events,
    prediction,
    reading,
  }: {
    events: TrainEvent[];
    prediction: Prediction | null;
    reading: NetworkReading | null;
  }): void {
    this.requested--;
    // settled now: the promises resolve after this call, with the chunk below already in place
    if (this.requested === 0) this.wakeSettled();
    const last = events[events.length - 1];
    // A pull cancelled by hold. If someone waits (a step, or a frame that was waiting when the pause came) and no
    // other pull is out, ask for one chunk now: nothing else would, and the wait would never end. Otherwise, if the
    // pause has ended meanwhile, ask again as usual.
    if (last === undefined) {
      if (this.waiter !== null && this.requested === 0) this.request();
      else this.fill();
      return;
    }
    if (isFinal(last)) {
      this.lastReceived = true;
      this.wakeSettled();
    }
    this.chunks.push({ events, prediction, reading, next: 0 });
    const w = this.waiter;
    this.waiter = null;
    w?.resolve();
  }

  private wakeSettled(): void {
    for (const resolve of this.settled.splice(0)) resolve();
  }

  private rejectModels(error: Error): void {
    for (const m of this.models.splice(0)) m.reject(error);
  }

  private fail(error: Error): void {
    this.rejectModels(error);
    if (this.failure || this.lastReceived) return;
    this.failure = error;
    this.wakeSettled();
    const w = this.waiter;
    this.waiter = null;
    w?.reject(error);
    void this.close();
  }
}
