import {
  type Batch,
  createNeuron,
  type ErrorEvent,
  type Neuron,
  type NeuronGradient,
  type TrainEvent,
  Trainer,
  TUTORIAL_DEFAULTS,
} from '@neuronlab/core';
import { LossHistory, neuronParams } from '@neuronlab/lab';

/** Settings of one neuron training session in a demo. */
export interface NeuronSessionOptions {
  /** Start weight. @default 0.5 */
  readonly w0?: number;
  /** Start bias. @default 0.5 */
  readonly b0?: number;
  /** Learning rate. @default TUTORIAL_DEFAULTS.lr (the tutorial's) */
  readonly lr?: number;
  /** Optimizer name from core's registry. @default 'sgd' */
  readonly optimizer?: string;
  /** Weight gradient: the math's or the tutorial's published mistake. @default 'correct' */
  readonly gradient?: NeuronGradient;
  /** Epochs the run may take in all. @default TUTORIAL_DEFAULTS.epochs (the tutorial's) */
  readonly epochs?: number;
  /** Stop early once an epoch's loss is at or below this. @default never */
  readonly targetLoss?: number;
}

/**
 * One neuron driven by core's step-able `Trainer`, a few epochs at a time, so a demo can run it inside animation
 * frames. It records what the trainer's events report after every epoch: the loss (in a bounded LossHistory) and the
 * path of (w, b) for the charts. Each event's loss is evaluated at the parameters it carries, so the pair is taken
 * as reported and the model is never re-run here.
 */
export class NeuronSession {
  readonly lr: number;
  readonly epochs: number;
  readonly neuron: Neuron;
  private readonly trainer: Trainer;
  /** The loss at the parameters after each reported epoch; epoch 0 is the start. */
  readonly history = new LossHistory();
  /** (w, b) after every reported epoch, the start included (a diverging epoch is not reported). */
  readonly path: [number, number][] = [];
  /** The trainer's error event when it stopped the run as diverged, else null: a demo words it in its language. */
  failure: ErrorEvent | null = null;

  constructor(
    readonly batch: Batch,
    options: NeuronSessionOptions = {},
  ) {
    this.lr = options.lr ?? TUTORIAL_DEFAULTS.lr;
    this.epochs = options.epochs ?? TUTORIAL_DEFAULTS.epochs;
    this.neuron = createNeuron(
      { w: options.w0 ?? 0.5, b: options.b0 ?? 0.5 },
      { gradient: options.gradient ?? 'correct' },
    );
    // one event per epoch, carrying w and b (the neuron's two scalars); metrics are not shown by the demos, so the
    // trainer need not compute them
    this.trainer = new Trainer(
      this.neuron,
      { train: batch },
      {
        lr: this.lr,
        epochs: this.epochs,
        optimizer: options.optimizer ?? 'sgd',
        reportEvery: 1,
        reportValuesUpTo: 1,
        metricsEvery: 0,
        ...(options.targetLoss === undefined ? {} : { targetLoss: options.targetLoss }),
      },
    );
    // next() on a fresh trainer returns just the start event (runEpoch would also run epoch 1)
    const start = this.trainer.next();
    if (start) this.consume([start]);
  }

  /** Epochs completed. */
  get epoch(): number {
    return this.trainer.epoch;
  }

  /** True once the run completed every epoch or diverged. */
  get finished(): boolean {
    return this.trainer.finished;
  }

  /** The trainer's (English) message when it stopped the run as diverged, else null. */
  get divergence(): string | null {
    return this.failure?.message ?? null;
  }

  /** True when the trainer stopped the run because the loss was blowing up. */
  get diverged(): boolean {
    return this.failure !== null;
  }

  /** The weight at the latest reported epoch. */
  get w(): number {
    return this.latestParams()[0];
  }

  /** The bias at the latest reported epoch. */
  get b(): number {
    return this.latestParams()[1];
  }

  /** The loss at the latest reported (w, b). */
  get loss(): number {
    // never null: the constructor records the start event
    return this.history.latest!.train;
  }

  /** Runs up to `count` epochs; stops early when the run finishes or diverges. */
  step(count = 1): void {
    for (let k = 0; k < count && !this.trainer.finished; k++) this.consume(this.trainer.runEpoch());
  }

  /** The neuron's outputs for the given inputs. */
  predict(x: Float64Array): Float64Array {
    return this.neuron.predict(x, x.length);
  }

  private latestParams(): [number, number] {
    // never undefined: the constructor records the start event
    return this.path[this.path.length - 1]!;
  }

  private consume(events: readonly TrainEvent[]): void {
    for (const e of events) {
      // done repeats the moment of the last progress event, so it adds no point
      if (e.type === 'start' || e.type === 'progress') {
        const p = neuronParams(e.params);
        // the options above ask for the values of one-entry blocks, so only a change there can make this happen
        if (p === null) {
          throw new TypeError(
            `NeuronSession: the ${e.type} event carries no values for w and b, got ${JSON.stringify(e.params)}. Keep reportValuesUpTo >= 1.`,
          );
        }
        this.path.push([p.w.value, p.b.value]);
        this.history.push(e.type === 'start' ? 0 : e.epoch, e.loss);
      } else if (e.type === 'error') {
        this.failure = e;
      }
    }
  }
}
