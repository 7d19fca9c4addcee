/**
 * The contract between models, optimizers and the one trainer.
 *
 * The tutorial's hand-derived neuron and every autograd model implement `Trainable`; optimizers update `Param`s in
 * place. Nothing here knows how a model computes its gradients, which is why one `train` serves them all.
 */

/** A named block of parameters that an optimizer updates in place. */
export interface Param {
  /** Stable name used in events and model files (`w`, `b`, `layers.0.weight`). */
  readonly name: string;
  /** Shape of the block; the product equals value.length. */
  readonly shape: readonly number[];
  /** Current values (float64, row-major). */
  readonly value: Float64Array;
  /** Gradient of the loss w.r.t. value, written by `Trainable.lossAndGrad`. */
  readonly grad: Float64Array;
}

/** A batch of samples: x is n × inputDim, y is n × outputDim, both row-major. */
export interface Batch {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly n: number;
}

/** What the trainer needs from a model. */
export interface Trainable {
  /** Model kind as written in model files (`neuron`, `sequential`). */
  readonly kind: string;
  /** Number of input features. */
  readonly inputDim: number;
  /** Number of outputs. */
  readonly outputDim: number;
  /** The parameters, in a fixed order. */
  params(): readonly Param[];
  /** Forward and backward pass on a batch: overwrites every `param.grad` and returns the mean loss. */
  lossAndGrad(batch: Batch): number;
  /** Mean loss on a batch, leaving gradients untouched. */
  evaluate(batch: Batch): number;
  /** Model outputs for n samples (n × outputDim, row-major). */
  predict(x: Float64Array, n: number): Float64Array;
  /**
   * Optional: `predict` writing into `out` (length ≥ n × outputDim) and returning it, so the trainer's metrics,
   * computed on every few progress events, allocate nothing.
   */
  predictInto?(x: Float64Array, n: number, out: Float64Array): Float64Array;
  /**
   * Optional: the predicted class of each of n samples, for accuracy. Without it the trainer uses the outputs:
   * one output column is class 1 when it is > 0.5 (a sigmoid probability), several columns pick the largest.
   * Models whose outputs are logits or use another threshold implement this.
   */
  classify?(x: Float64Array, n: number): Int32Array;
  /**
   * Optional: the largest learning rate for which full-batch gradient descent on this batch is stable, when the
   * model can compute it (the linear neuron: 2/λmax of the Hessian). Divergence errors quote it.
   */
  stableLearningRate?(batch: Batch): number;
}

/** Updates parameters from their gradients. */
export interface Optimizer {
  /** Registry name (`sgd`, `adam`, ...). */
  readonly name: string;
  /** One update of every parameter with learning rate `lr` (the trainer passes the scheduled rate). */
  step(params: readonly Param[], lr: number): void;
  /** Forgets all state (moments, velocities, step count). */
  reset(): void;
  /**
   * Takes a new weight penalty (`weightDecay`, `l1`) from the next step on and keeps the state, so a run can change
   * its penalty while it trains. Optimizers without a penalty (plain sgd) leave it out.
   */
  setPenalty?(options: { readonly weightDecay?: number; readonly l1?: number }): void;
}
