import { type Batch, createNeuron, type Neuron, type NeuronGradient, Trainer } from '@neuronlab/core';
import { LossHistory } from '@neuronlab/lab';

/** Settings of one neuron training session in a demo. */
export interface NeuronSessionOptions {
  /** Start weight. @default 0.5 */
  readonly w0?: number;
  /** Start bias. @default 0.5 */
  readonly b0?: number;
  /** Learning rate. @default 1e-4 */
  readonly lr?: number;
  /** Optimizer name from core's registry. @default 'sgd' */
  readonly optimizer?: string;
  /** Weight gradient: the math's or the tutorial's published mistake. @default 'correct' */
  readonly gradient?: NeuronGradient;
  /** Epochs the run may take in all. @default 10000 */
  readonly epochs?: number;
  /** Stop early once an epoch's loss is at or below this. @default never */
  readonly targetLoss?: number;
}

/**
 * One neuron driven by core's step-able `Trainer`, a few epochs at a time, so a demo can run it inside animation
 * frames. It records the loss after every epoch (in a bounded LossHistory) and the path of (w, b) for the charts.
 */
export class NeuronSession {
  readonly lr: number;
  readonly epochs: number;
  readonly neuron: Neuron;
  private readonly trainer: Trainer;
  /** The loss at the parameters after each epoch; epoch 0 is the start. */
  readonly history = new LossHistory();
  /** (w, b) after every epoch, the start included. */
  readonly path: [number, number][] = [];
  /** The trainer's message when it stopped the run as diverged, else null. */
  divergence: string | null = null;

  constructor(
    readonly batch: Batch,
    options: NeuronSessionOptions = {},
  ) {
    this.lr = options.lr ?? 1e-4;
    this.epochs = options.epochs ?? 10_000;
    this.neuron = createNeuron(
      { w: options.w0 ?? 0.5, b: options.b0 ?? 0.5 },
      { gradient: options.gradient ?? 'correct' },
    );
    // metrics are not shown by the demos, so the trainer need not compute them
    this.trainer = new Trainer(
      this.neuron,
      { train: batch },
      {
        lr: this.lr,
        epochs: this.epochs,
        optimizer: options.optimizer ?? 'sgd',
        metricsEvery: 0,
        reportValuesUpTo: 0,
        ...(options.targetLoss === undefined ? {} : { targetLoss: options.targetLoss }),
      },
    );
    this.path.push([this.neuron.w, this.neuron.b]);
    this.history.push(0, this.neuron.evaluate(batch));
  }

  /** Epochs completed. */
  get epoch(): number {
    return this.trainer.epoch;
  }

  /** True once the run completed every epoch or diverged. */
  get finished(): boolean {
    return this.trainer.finished;
  }

  /** True when the trainer stopped the run because the loss was blowing up. */
  get diverged(): boolean {
    return this.divergence !== null;
  }

  /** Current weight. */
  get w(): number {
    return this.neuron.w;
  }

  /** Current bias. */
  get b(): number {
    return this.neuron.b;
  }

  /** The loss at the current parameters. */
  get loss(): number {
    // never null: the constructor records epoch 0
    return this.history.latest!.train;
  }

  /** Runs up to `count` epochs; stops early when the run finishes or diverges. */
  step(count = 1): void {
    for (let k = 0; k < count && !this.trainer.finished; k++) {
      const before = this.trainer.epoch;
      for (const e of this.trainer.runEpoch()) {
        if (e.type === 'error') this.divergence = e.message;
      }
      if (this.trainer.epoch > before) {
        this.path.push([this.neuron.w, this.neuron.b]);
        this.history.push(this.trainer.epoch, this.neuron.evaluate(this.batch));
      }
    }
  }

  /** The neuron's outputs for the given inputs. */
  predict(x: Float64Array): Float64Array {
    return this.neuron.predict(x, x.length);
  }
}
