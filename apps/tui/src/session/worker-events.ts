import type { Worker } from 'node:worker_threads';
import type { Param, TrainEvent } from '@neuronlab/core';
import type { LiveRun } from '@neuronlab/lab';
import type { EventFeed } from './event-feed.js';
import { TrainThread } from './train-thread.js';
import type { BatchMessage, ToWorker } from './worker-protocol.js';
import { isFinal } from './worker-protocol.js';

/**
 * Batches asked for beyond the one being shown: one in training and one queued, so when the drawing thread is busy
 * with a frame (20–40 ms) as a batch ends, the worker goes straight on to the next instead of waiting for the ask.
 */
const AHEAD = 2;
/** Training time per batch while the dashboard draws: under one 50 ms frame, so each frame has fresh events. */
const BATCH_MS = 20;
/**
 * Training time of the first batches, asked for while React and Ink load (about half a second on the main thread):
 * nothing is on screen yet that could pause or step, so they may be long, and loading overlaps training.
 */
const STARTUP_MS = 250;

/** What a run asks of the feed. */
export interface FeedRunOptions {
  /** Epochs per progress event. */
  readonly reportEvery: number;
  /** Epochs a batch may cover: about one frame of a paced run, Infinity at max speed. */
  readonly epochsPerBatch: number;
  /** Stops the run (at the next epoch boundary, with done reason 'aborted') when it aborts. */
  readonly signal?: AbortSignal;
}

interface Batch {
  readonly events: readonly TrainEvent[];
  readonly params: Float64Array;
  next: number;
}

/**
 * The trainer's event stream from a worker thread, so training runs on one core while the dashboard draws on the
 * other. The events are exactly those `train(run.model, …)` would yield in this thread (same Trainer, same model,
 * data and options, materialised from the same run plan). `run.model` is kept in step: taking an event copies in the
 * parameters the worker had at that event, so the fit chart and a save always see the shown epoch's model, even
 * though the worker is up to two batches ahead.
 *
 * The thread may be spawned before the run is known (see train-thread.ts), so Node and the engine load in it while
 * the CLI is still reading its flags; `start` hands it the run. Call `close` on every way out.
 */
export class WorkerFeed implements EventFeed {
  ended = false;
  private readonly worker: Worker;
  private params: readonly Param[] = [];
  private width = 0;
  private readonly batches: Batch[] = [];
  private started = false;
  private requested = 0;
  private lastReceived = false;
  private failure: Error | null = null;
  private closed = false;
  private waiter: { resolve: () => void; reject: (e: Error) => void } | null = null;
  private readonly settled: Array<() => void> = [];
  private epochsPerBatch = Number.POSITIVE_INFINITY;
  private paused = false;
  private batchMs = STARTUP_MS;
  private signal: AbortSignal | undefined;
  private readonly onAbort = () => this.abort();

  constructor(thread: TrainThread = new TrainThread()) {
    this.worker = thread.worker;
    this.worker.on('message', (batch: BatchMessage) => this.receive(batch));
    this.worker.on('error', (error) => this.fail(error instanceof Error ? error : new Error(String(error))));
    this.worker.on('exit', (code) => this.exited(code));
    if (thread.error) this.fail(thread.error);
    else if (thread.exitCode !== null) this.exited(thread.exitCode);
  }

  /** Hands the run to the thread and asks for the first batches: training starts now. Call once. */
  start(run: LiveRun, options: FeedRunOptions): this {
    if (this.started) throw new Error('WorkerFeed.start: the feed already runs a training. Make a new feed.');
    this.started = true;
    this.worker.ref();
    this.params = run.model.params();
    this.width = this.params.reduce((n, p) => n + p.value.length, 0);
    this.epochsPerBatch = options.epochsPerBatch;
    this.post({ type: 'setup', setup: { plan: run.plan, reportEvery: options.reportEvery } });
    this.signal = options.signal;
    if (this.signal?.aborted) this.abort();
    this.signal?.addEventListener('abort', this.onAbort);
    this.fill();
    this.batchMs = BATCH_MS;
    return this;
  }

  take(): TrainEvent | undefined {
    const batch = this.batches[0];
    if (batch === undefined) return undefined;
    const i = batch.next++;
    const event = batch.events[i]!;
    this.syncParams(batch.params, i);
    if (batch.next === batch.events.length) {
      this.batches.shift();
      this.fill();
    }
    if (isFinal(event)) {
      this.ended = true;
      void this.close();
    }
    return event;
  }

  ready(): Promise<void> {
    if (this.batches.length > 0 || this.ended) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure);
    // paused, nothing is asked for ahead: a step asks for its batch here (one report, see request)
    if (this.requested === 0) this.request();
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  setPace(epochsPerBatch: number): void {
    this.paused = epochsPerBatch === 0;
    if (this.paused) {
      if (this.requested > 0) this.post({ type: 'hold' });
      return;
    }
    this.wakeSettled();
    this.epochsPerBatch = epochsPerBatch;
    if (this.started) this.fill();
  }

  settle(): Promise<void> {
    // Only a pause settles: while running, batches are always out (and none comes after the last one)
    if (!this.paused || this.requested === 0 || this.lastReceived || this.closed || this.failure) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.settled.push(resolve));
  }

  /** Stops the run at the worker's next epoch boundary; its done event (reason 'aborted') still arrives. */
  abort(): void {
    if (this.started && !this.lastReceived) this.post({ type: 'abort' });
  }

  /** Ends the thread (idempotent); a session still waiting is told the stream is gone. */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    this.wakeSettled();
    this.signal?.removeEventListener('abort', this.onAbort);
    if (!this.lastReceived) this.fail(new Error('train: the training thread was closed before the run ended.'));
    return this.worker.terminate().then(() => undefined);
  }

  private exited(code: number): void {
    if (!this.closed) this.fail(new Error(`train: the training thread stopped unexpectedly (exit code ${code}).`));
  }

  private post(message: ToWorker): void {
    if (!this.closed) this.worker.postMessage(message);
  }

  /** Asks for batches until AHEAD are requested or waiting to be taken; none ahead while paused. */
  private fill(): void {
    const open = () => !this.paused && !this.lastReceived && !this.closed;
    while (open() && this.requested + this.batches.length < AHEAD) this.request();
  }

  /**
   * Asks for one batch. While paused a batch is one report (a step): a longer one would leave trained epochs that
   * nobody has seen, and quitting would then end the run past the epoch on screen.
   */
  private request(): void {
    if (this.lastReceived || this.closed) return;
    this.post({ type: 'pull', epochs: this.paused ? 1 : this.epochsPerBatch, ms: this.batchMs });
    this.requested++;
  }

  private receive(batch: BatchMessage): void {
    this.requested--;
    // settled now: the promises resolve after this call, with the batch below already in place
    if (this.requested === 0) this.wakeSettled();
    const last = batch.events[batch.events.length - 1];
    // A pull cancelled by hold. If someone waits (a step, or a frame that was waiting when the pause came) and no
    // other pull is out, ask for one batch now: nothing else would, and the wait would never end. Otherwise, if the
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
    this.batches.push({ events: batch.events, params: batch.params, next: 0 });
    const w = this.waiter;
    this.waiter = null;
    w?.resolve();
  }

  private wakeSettled(): void {
    for (const resolve of this.settled.splice(0)) resolve();
  }

  private fail(error: Error): void {
    if (this.failure || this.lastReceived) return;
    this.failure = error;
    this.wakeSettled();
    const w = this.waiter;
    this.waiter = null;
    w?.reject(error);
    void this.close();
  }

  /** Copies the parameters the worker had at event `i` of a batch into the main thread's model. */
  private syncParams(rows: Float64Array, i: number): void {
    let offset = i * this.width;
    for (const p of this.params) {
      p.value.set(rows.subarray(offset, offset + p.value.length));
      offset += p.value.length;
    }
  }
}
