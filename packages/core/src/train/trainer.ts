import type { LrSchedule } from '../optim/schedules.js';
import { allFinite, DivergenceDetector, divergenceMessage } from './divergence.js';
import { EventQueue } from './event-queue.js';
import type {
  DoneEvent,
  ErrorEvent,
  MetricsReport,
  ProgressEvent,
  StartEvent,
  StopReason,
  TrainEvent,
} from './events.js';
import { MetricsTracker } from './metrics.js';
import { MinibatchSource } from './minibatches.js';
import {
  type AbortSignalLike,
  type ResolvedOptions,
  resolveOptions,
  type TrainData,
  type TrainOptions,
} from './options.js';
import { reportParams } from './param-report.js';
import type { Batch, Optimizer, Param, Trainable } from './types.js';

/**
 * The one training engine, synchronous and step-able. `train` (async) and `trainSync` wrap it; benchmarks, the
 * dashboard's single-step key and the docs' animation frames drive it directly. Every way of driving it yields the
 * same events for the same model, data and options.
 */
export class Trainer {
  /** The model being trained (updated in place). */
  readonly model: Trainable;
  /** The options with every default filled in. */
  readonly options: ResolvedOptions;
  private readonly trainSet: Batch;
  private readonly testSet: Batch | null;
  private readonly params: readonly Param[];
  private readonly shapes: readonly (readonly number[])[];
  private readonly batches: MinibatchSource;
  private readonly tracker: MetricsTracker;
  // The options read on every epoch, copied into fields of fixed type: the tutorial's epoch is so little arithmetic
  // that a few extra property loads and checks per epoch show up against it (see packages/bench results, case 1).
  private readonly epochs: number;
  private readonly reportEvery: number;
  private readonly targetLoss: number;
  private readonly signal: AbortSignalLike | null;
  private readonly schedule: LrSchedule | null;
  private readonly optimizer: Optimizer;
  private readonly queue = new EventQueue();
  private state: 'new' | 'running' | 'finished' = 'new';
  private epochsDone = 0;
  private stepsDone = 0;
  private lastLr: number;
  private lastReported = 0;
  // the epoch of the next progress event: a compare per epoch instead of a division (epoch % reportEvery)
  private nextReport: number;
  private lastMetrics = 0;
  private lastProgress: ProgressEvent | null = null;
  private readonly detector = new DivergenceDetector(0);

  constructor(model: Trainable, data: TrainData, options: TrainOptions = {}) {
    this.model = model;
    this.options = resolveOptions(model, data, options);
    this.trainSet = data.train;
    this.testSet = data.test ?? null;
    this.params = model.params();
    this.shapes = this.params.map((p) => [...p.shape]);
    this.lastLr = this.options.lr;
    this.epochs = this.options.epochs;
    this.reportEvery = this.options.reportEvery;
    this.nextReport = this.reportEvery;
    // −Infinity never stops a run, so the hot loop compares without a null check
    this.targetLoss = this.options.targetLoss ?? Number.NEGATIVE_INFINITY;
    this.signal = this.options.signal;
    this.schedule = this.options.schedule;
    this.optimizer = this.options.optimizer;
    this.batches = new MinibatchSource(model, data.train, this.options);
    this.tracker = new MetricsTracker(model, this.options.task, this.trainSet, this.testSet);
  }

  /** Epochs completed so far. */
  get epoch(): number {
    return this.epochsDone;
  }

  /** Optimizer steps taken so far. */
  get steps(): number {
    return this.stepsDone;
  }

  /** True once the done or error event has been produced. */
  get finished(): boolean {
    return this.state === 'finished';
  }

  /** The next event, running as many epochs as needed to produce it; undefined once everything was returned. */
  next(): TrainEvent | undefined {
    if (this.queue.empty) this.runUntilEvent(Number.POSITIVE_INFINITY);
    return this.queue.take();
  }

  /** Runs one epoch (emitting start first if not yet emitted) and returns every event not yet returned, in order. */
  runEpoch(): TrainEvent[] {
    if (this.state === 'new') this.begin();
    if (this.state === 'running') this.advance();
    return this.queue.takeAll();
  }

  /**
   * Runs epochs until an event is waiting for `takeEvent` or the run ends, but at most `maxEpochs` of them; returns
   * how many ran. A run that has not started only emits its start event. For the async `train` loop, which bounds
   * the epochs between two looks at the clock. @internal
   */
  runUntilEvent(maxEpochs: number): number {
    if (this.state === 'new') {
      this.begin();
      return 0;
    }
    let ran = 0;
    while (ran < maxEpochs && this.queue.empty && this.state === 'running') {
      this.advance();
      ran++;
    }
    return ran;
  }

  /** The oldest event not yet returned, or undefined. @internal */
  takeEvent(): TrainEvent | undefined {
    return this.queue.take();
  }

  private begin(): void {
    this.state = 'running';
    this.options.optimizer.reset();
    const loss = this.model.evaluate(this.trainSet);
    const start: StartEvent = {
      type: 'start',
      model: this.model.kind,
      optimizer: this.options.optimizer.name,
      lr: this.options.lr,
      epochs: this.options.epochs,
      batchSize: this.options.batchSize,
      batchesPerEpoch: Math.ceil(this.trainSet.n / this.options.batchSize),
      seed: this.options.seed,
      trainSize: this.trainSet.n,
      testSize: this.testSet?.n ?? 0,
      loss,
      ...(this.testSet && { testLoss: this.model.evaluate(this.testSet) }),
      params: this.report(),
    };
    this.queue.push(start);
    if (!Number.isFinite(loss)) {
      this.fail(
        'invalid',
        `train: the loss at the initial parameters is ${loss}. Check the data and the parameters for NaN or Infinity.`,
      );
      return;
    }
    this.detector.reset(loss);
  }

  private advance(): void {
    const stop = this.stopBeforeEpoch() ?? this.runOneEpoch();
    if (stop !== null && this.state !== 'finished') this.finish(stop);
  }

  private stopBeforeEpoch(): StopReason | null {
    if (this.signal?.aborted) return 'aborted';
    return this.epochsDone >= this.epochs ? 'completed' : null;
  }

  /** Runs the next epoch; returns why training stops after it, or null (an error event finishes the run itself). */
  private runOneEpoch(): StopReason | null {
    const epoch = this.epochsDone + 1;
    const lr = this.schedule === null ? this.options.lr : this.scheduledLr(epoch);
    // NaN only when the schedule returned something unusable; scheduledLr has ended the run with the reason
    if (Number.isNaN(lr)) return null;
    this.lastLr = lr;
    // the tutorial's loop body, once per minibatch (full batch: one batch of every sample in order): forward and
    // backward, then one update; the epoch's loss is the sample-weighted mean of the batch losses
    const { batches, model, optimizer, params } = this;
    const n = this.trainSet.n;
    let loss = 0;
    for (let k = 0; k < batches.count; k++) {
      const batch = batches.batch(k);
      loss += model.lossAndGrad(batch) * (batch.n / n);
      optimizer.step(params, lr);
    }
    this.stepsDone += batches.count;
    this.epochsDone = epoch;
    if (this.detector.update(loss)) {
      this.fail('diverged', divergenceMessage(epoch, lr, loss, this.options.stableLimit));
      return null;
    }
    if (loss <= this.targetLoss) return 'target-loss';
    if (epoch === this.epochs) return 'completed';
    if (epoch === this.nextReport) {
      this.nextReport += this.reportEvery;
      this.emitProgress();
    }
    return null;
  }

  /** The schedule's rate for `epoch`, or NaN after ending the run with an error when it is not a usable rate. */
  private scheduledLr(epoch: number): number {
    const lr = (this.schedule as LrSchedule)(epoch, this.options.lr, this.epochs);
    if (typeof lr === 'number' && Number.isFinite(lr) && lr >= 0) return lr;
    this.lastLr = lr;
    this.fail(
      'invalid',
      `train: the schedule returned learning rate ${String(lr)} for epoch ${epoch}. Return a finite number >= 0.`,
    );
    return Number.NaN;
  }

  private finish(reason: StopReason): void {
    this.state = 'finished';
    // done describes the same moment as the last progress event: emit that event here when it is due, and reuse
    // its losses and metrics instead of running the model over both sets again (on a one-epoch run of a wide
    // network that is a large part of the whole run)
    const due = this.epochsDone > this.lastReported;
    const last = due ? this.emitProgress() : this.lastProgress;
    if (due && last === null) return; // the parameters diverged: emitProgress ended the run with an error
    const loss = last === null ? this.lossNow() : last.loss;
    if (loss === null) return;
    const done: DoneEvent = {
      type: 'done',
      epochs: this.epochsDone,
      steps: this.stepsDone,
      loss,
      ...(this.testSet && { testLoss: last?.testLoss ?? this.model.evaluate(this.testSet) }),
      reason,
      params: this.report(),
      metrics: last?.metrics ? { ...last.metrics } : this.metrics(),
    };
    this.queue.push(done);
  }

  /**
   * The training loss at the current parameters; null after ending the run with a diverged error when a parameter
   * or the loss is NaN or infinite (nothing non-finite reaches an event).
   */
  private lossNow(): number | null {
    const loss = allFinite(this.params) ? this.model.evaluate(this.trainSet) : Number.NaN;
    if (Number.isFinite(loss)) return loss;
    this.fail('diverged', divergenceMessage(this.epochsDone, this.lastLr, loss, this.options.stableLimit));
    return null;
  }

  private fail(code: ErrorEvent['code'], message: string): void {
    this.state = 'finished';
    const limit = this.options.stableLimit;
    const error: ErrorEvent = {
      type: 'error',
      code,
      message,
      epoch: this.epochsDone,
      lr: this.lastLr,
      ...(limit !== null && { stableLimit: limit }),
    };
    this.queue.push(error);
  }

  /** Pushes a progress event for the current parameters; null when they diverged (the run then ended in error). */
  private emitProgress(): ProgressEvent | null {
    this.lastReported = this.epochsDone;
    const loss = this.lossNow();
    if (loss === null) return null;
    const every = this.options.metricsEvery;
    const final = this.state === 'finished' || this.epochsDone === this.options.epochs;
    const withMetrics = every > 0 && (final || this.epochsDone - this.lastMetrics >= every);
    if (withMetrics) this.lastMetrics = this.epochsDone;
    // plain assignments instead of conditional spreads: this runs on every report and must stay cheap
    const event: Mutable<ProgressEvent> = {
      type: 'progress',
      epoch: this.epochsDone,
      step: this.stepsDone,
      loss,
      lr: this.lastLr,
      params: this.report(),
    };
    if (this.testSet) event.testLoss = this.model.evaluate(this.testSet);
    if (withMetrics) event.metrics = this.metrics();
    this.lastProgress = event;
    this.queue.push(event);
    return event;
  }

  private report() {
    return reportParams(this.params, this.shapes, this.options.reportValuesUpTo);
  }

  private metrics(): MetricsReport {
    return this.tracker.compute();
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
