/**
 * The trainer's progress stream: one tagged union of plain JSON-serializable objects.
 *
 * The terminal dashboard, `neuronlab train --json` and the docs demos all consume exactly this, and nothing else of
 * the trainer. Events carry no wall-clock times, so the same options and seed give bit-identical streams.
 */

/** A parameter block as reported in events: values and gradients for small blocks, norms always. */
export interface ParamReport {
  /** Parameter name (`w`, `b`, `layers.0.weight`). */
  readonly name: string;
  /** Block shape. */
  readonly shape: readonly number[];
  /** The values, included when the block has at most `TrainOptions.reportValuesUpTo` entries. */
  readonly values?: readonly number[];
  /** The gradient of the last step, included under the same rule as `values`. */
  readonly grads?: readonly number[];
  /** Euclidean norm of the values. */
  readonly norm: number;
  /** Euclidean norm of the last gradient. */
  readonly gradNorm: number;
}

/** Classification metrics, present only for binary and multiclass tasks. */
export interface MetricsReport {
  /** Fraction of training samples classified correctly. */
  readonly accuracy?: number;
  /** Fraction of test samples classified correctly (only with a test split). */
  readonly testAccuracy?: number;
  /** Coefficient of determination on the training set (regression). */
  readonly r2?: number;
}

/** Emitted once before the first step. */
export interface StartEvent {
  readonly type: 'start';
  /** Model kind (`neuron`, `sequential`). */
  readonly model: string;
  /** Optimizer name. */
  readonly optimizer: string;
  /** Base learning rate. */
  readonly lr: number;
  /** Planned number of epochs. */
  readonly epochs: number;
  /** Samples per minibatch (equal to the training set size for full batch). */
  readonly batchSize: number;
  /** Minibatches per epoch. */
  readonly batchesPerEpoch: number;
  /** Seed of the run (shuffling and initialization). */
  readonly seed: number;
  /** Number of training and test samples. */
  readonly trainSize: number;
  readonly testSize: number;
  /** Loss at the initial parameters, before any step. */
  readonly loss: number;
  /** Test loss at the initial parameters, when there is a test set. */
  readonly testLoss?: number;
  /** Initial parameters. */
  readonly params: readonly ParamReport[];
}

/**
 * Emitted every `reportEvery` epochs and after the last epoch. It describes one moment, the end of its epoch: the
 * trainer evaluates the losses and metrics at the parameters it reports (one forward pass over each set per event,
 * which is why events come only every `reportEvery` epochs). The loss of an epoch's own steps (taken before each
 * update) is not reported; it only feeds the divergence check and `targetLoss`.
 */
export interface ProgressEvent {
  readonly type: 'progress';
  /** Epochs completed (1-based). */
  readonly epoch: number;
  /** Optimizer steps taken so far. */
  readonly step: number;
  /**
   * Training loss at `params`, over the whole training set, evaluated when the event is built: loss, testLoss,
   * metrics and params all describe the same moment, so a consumer never re-runs the model to pair them.
   */
  readonly loss: number;
  /** Test loss at `params`, when there is a test set. */
  readonly testLoss?: number;
  /** Learning rate used in this epoch (after any schedule). */
  readonly lr: number;
  /** Parameters after this epoch's last update. */
  readonly params: readonly ParamReport[];
  /** Accuracy or R², when cheap enough to compute at this report. */
  readonly metrics?: MetricsReport;
}

/** Why training ended. */
export type StopReason = 'completed' | 'target-loss' | 'aborted';

/** Emitted once when training ends without error. */
export interface DoneEvent {
  readonly type: 'done';
  /** Epochs completed. */
  readonly epochs: number;
  /** Optimizer steps taken. */
  readonly steps: number;
  /** Training loss at the final parameters (the same moment as the last progress event). */
  readonly loss: number;
  /** Test loss at the final parameters, when there is a test set. */
  readonly testLoss?: number;
  /** Why it stopped. */
  readonly reason: StopReason;
  /** Final parameters. */
  readonly params: readonly ParamReport[];
  /** Final metrics (accuracy/testAccuracy for classification, r2 for regression). */
  readonly metrics?: MetricsReport;
}

/** Emitted once when training fails (divergence, bad input discovered while training). */
export interface ErrorEvent {
  readonly type: 'error';
  /** Machine-readable cause. */
  readonly code: 'diverged' | 'invalid';
  /** One line for a person: what happened, the values involved and what to try. */
  readonly message: string;
  /** Epoch at which it happened (0 before the first). */
  readonly epoch: number;
  /** Learning rate in use. */
  readonly lr: number;
  /** Largest stable learning rate, when known for this model and data. */
  readonly stableLimit?: number;
}

/** Everything `train` yields. */
export type TrainEvent = StartEvent | ProgressEvent | DoneEvent | ErrorEvent;
