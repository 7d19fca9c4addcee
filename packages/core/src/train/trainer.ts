import { DivergenceDetector, divergenceMessage } from './divergence.js';
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
import { type ResolvedOptions, resolveOptions, type TrainData, type TrainOptions } from './options.js';
import { reportParams } from './param-report.js';
import type { Batch, Param, Trainable } from './types.js';

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
  private readonly batches: MinibatchSource | null;
  private readonly tracker: MetricsTracker;
  private queue: TrainEvent[] = [];
  private state: 'new' | 'running' | 'finished' = 'new';
  private epochsDone = 0;
  private stepsDone = 0;
  private lastLoss = Number.NaN;
  private lastLr: number;
  private lastReported = 0;
  private lastMetrics = 0;
  private aborted = false;
  private detector: DivergenceDetector | null = null;

  constructor(model: Trainable, data: TrainData, options: TrainOptions = {}) {
    this.model = model;
    this.options = resolveOptions(model, data, options);
    this.trainSet = data.train;
    this.testSet = data.test ?? null;
    this.params = model.params();
    this.shapes = this.params.map((p) => [...p.shape]);
    this.lastLr = this.options.lr;
    this.batches = this.options.fullBatch ? null : new MinibatchSource(model, data.train, this.options);
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
    if (this.queue.length === 0) {
      if (this.state === 'new') this.begin();
      while (this.queue.length === 0 && this.state === 'running') this.advance();
    }
    return this.queue.shift();
  }

  /** Runs one epoch (emitting start first if not yet emitted) and returns every event not yet returned, in order. */
  runEpoch(): TrainEvent[] {
    if (this.state === 'new') this.begin();
    if (this.state === 'running') this.advance();
    const events = this.queue;
    this.queue = [];
    return events;
  }

  /**
   * Runs one epoch (emitting start first if not yet emitted) and keeps its events for `takeEvent`: `runEpoch`
   * without the per-epoch array, for the async `train` loop. @internal
   */
  advanceEpoch(): void {
    if (this.state === 'new') this.begin();
    if (this.state === 'running') this.advance();
  }

  /** The oldest event not yet returned, or undefined. @internal */
  takeEvent(): TrainEvent | undefined {
    return this.queue.length === 0 ? undefined : this.queue.shift();
  }

  /** Asks the run to stop: the next epoch boundary ends it with done, reason 'aborted'. */
  abort(): void {
    this.aborted = true;
  }

  /** A progress event for the current state, outside the stream (for a display that redraws on its own clock). */
  snapshot(): ProgressEvent {
    return this.progressEvent(this.options.metricsEvery > 0);
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
    this.detector = new DivergenceDetector(loss);
  }

  private advance(): void {
    const stop = this.stopBeforeEpoch() ?? this.runOneEpoch();
    if (stop !== null && this.state !== 'finished') this.finish(stop);
  }

  private stopBeforeEpoch(): StopReason | null {
    if (this.aborted || this.options.signal?.aborted) return 'aborted';
    return this.epochsDone >= this.options.epochs ? 'completed' : null;
  }

  /** Runs the next epoch; returns why training stops after it, or null (an error event finishes the run itself). */
  private runOneEpoch(): StopReason | null {
    const o = this.options;
    const epoch = this.epochsDone + 1;
    const lr = o.schedule ? o.schedule(epoch, o.lr, o.epochs) : o.lr;
    this.lastLr = lr;
    if (typeof lr !== 'number' || !Number.isFinite(lr) || lr < 0) {
      const message = `train: the schedule returned learning rate ${String(lr)} for epoch ${epoch}. Return a finite number ≥ 0.`;
      this.fail('invalid', message);
      return null;
    }
    const loss = this.batches ? this.batches.runEpoch(lr) : this.fullBatchStep(lr);
    this.stepsDone += this.batches ? this.batches.count : 1;
    this.epochsDone = epoch;
    this.lastLoss = loss;
    if (this.detector?.update(loss)) {
      this.fail('diverged', divergenceMessage(epoch, lr, loss, o.stableLimit));
      return null;
    }
    if (o.targetLoss !== null && loss <= o.targetLoss) return 'target-loss';
    if (epoch === o.epochs) return 'completed';
    if (epoch % o.reportEvery === 0) this.emitProgress();
    return null;
  }

  // the tutorial's loop body: forward + backward on every sample, then one update
  private fullBatchStep(lr: number): number {
    const loss = this.model.lossAndGrad(this.trainSet);
    this.options.optimizer.step(this.params, lr);
    return loss;
  }

  private finish(reason: StopReason): void {
    this.state = 'finished';
    if (this.epochsDone > this.lastReported) this.emitProgress();
    const loss = this.model.evaluate(this.trainSet);
    if (!Number.isFinite(loss)) {
      this.fail('diverged', divergenceMessage(this.epochsDone, this.lastLr, loss, this.options.stableLimit));
      return;
    }
    const done: DoneEvent = {
      type: 'done',
      epochs: this.epochsDone,
      steps: this.stepsDone,
      loss,
      ...(this.testSet && { testLoss: this.model.evaluate(this.testSet) }),
      reason,
      params: this.report(),
      metrics: this.metrics(),
    };
    this.queue.push(done);
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

  private emitProgress(): void {
    this.lastReported = this.epochsDone;
    const every = this.options.metricsEvery;
    const final = this.state === 'finished' || this.epochsDone === this.options.epochs;
    const withMetrics = every > 0 && (final || this.epochsDone - this.lastMetrics >= every);
    if (withMetrics) this.lastMetrics = this.epochsDone;
    this.queue.push(this.progressEvent(withMetrics));
  }

  private progressEvent(withMetrics: boolean): ProgressEvent {
    // plain assignments instead of conditional spreads: this runs on every report and must stay cheap
    const event: Mutable<ProgressEvent> = {
      type: 'progress',
      epoch: this.epochsDone,
      step: this.stepsDone,
      // before the first epoch (a snapshot) there is no epoch loss yet: show the loss at the initial parameters
      loss: this.epochsDone === 0 ? this.model.evaluate(this.trainSet) : this.lastLoss,
      lr: this.lastLr,
      params: this.report(),
    };
    if (this.testSet) event.testLoss = this.model.evaluate(this.testSet);
    if (withMetrics) event.metrics = this.metrics();
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
