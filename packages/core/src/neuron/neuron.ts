import { ShapeError } from '../errors.js';
import { Rng } from '../rng.js';
import type { Batch, Param, Trainable } from '../train/types.js';
import { stableLearningRate } from './diagnostics.js';
import {
  meanSquaredError,
  type NeuronGradient,
  type NeuronGradients,
  neuronBackward,
  neuronForward,
} from './neuron-math.js';

/** The tutorial's training settings: full batch, 10,000 iterations at learning rate 1e-4. */
export const TUTORIAL_DEFAULTS: { readonly lr: number; readonly epochs: number } = Object.freeze({
  lr: 1e-4,
  epochs: 10_000,
});

/** Options of a Neuron. */
export interface NeuronOptions {
  /** Which weight gradient backward uses. @default 'correct' */
  readonly gradient?: NeuronGradient;
}

/**
 * One input, one weight, one bias, no activation: `out = x·w + b`, trained on mean squared error.
 *
 * Its gradients are derived by hand (see neuron-math.ts), not by autodiff, so it can be read beside the tutorial.
 * Parameters are named `w` and `b`, each of shape [1].
 */
export class Neuron implements Trainable {
  readonly kind = 'neuron';
  readonly inputDim = 1;
  readonly outputDim = 1;
  /** Which weight gradient this neuron computes. */
  readonly gradient: NeuronGradient;
  private readonly wParam: Param;
  private readonly bParam: Param;
  private readonly list: readonly Param[];
  // the outputs of the last forward pass, reused while the batch size stays the same, and the gradients of the last
  // backward pass: no allocation per step
  private out = new Float64Array(0);
  private readonly grads: NeuronGradients = { dw: 0, db: 0 };

  constructor(w: number, b: number, options: NeuronOptions = {}) {
    checkFinite('w', w);
    checkFinite('b', b);
    const gradient = options.gradient ?? 'correct';
    if (gradient !== 'correct' && gradient !== 'tutorial-mistake') {
      throw new TypeError(`Neuron: gradient must be 'correct' or 'tutorial-mistake', got ${String(gradient)}.`);
    }
    this.gradient = gradient;
    this.wParam = makeParam('w', w);
    this.bParam = makeParam('b', b);
    this.list = [this.wParam, this.bParam];
  }

  /** The current weight. */
  get w(): number {
    return this.wParam.value[0]!;
  }

  /** The current bias. */
  get b(): number {
    return this.bParam.value[0]!;
  }

  /** Sets both parameters (for demos that drag the neuron around the loss landscape). */
  setParams(w: number, b: number): void {
    checkFinite('w', w);
    checkFinite('b', b);
    this.wParam.value[0] = w;
    this.bParam.value[0] = b;
  }

  /** The parameters `w` and `b`, in that order. */
  params(): readonly Param[] {
    return this.list;
  }

  /**
   * One training step's math on a batch, the same three functions the tutorial walks through:
   * neuronForward → meanSquaredError → neuronBackward. Writes `w.grad` and `b.grad` and returns the MSE.
   */
  lossAndGrad(batch: Batch): number {
    const out = this.forward(batch);
    const loss = meanSquaredError(out, batch.y, batch.n);
    const { dw, db } = neuronBackward(batch.x, batch.y, out, batch.n, this.gradient, this.grads);
    this.wParam.grad[0] = dw;
    this.bParam.grad[0] = db;
    return loss;
  }

  /** The MSE on a batch, leaving gradients untouched. */
  evaluate(batch: Batch): number {
    return meanSquaredError(this.forward(batch), batch.y, batch.n);
  }

  /** The outputs `x·w + b` for n samples, in a new array. */
  predict(x: Float64Array, n: number): Float64Array {
    checkBatchShape('Neuron.predict', x.length, n);
    return neuronForward(x, this.w, this.b, n);
  }

  /** `predict` into `out` (length ≥ n), returned. */
  predictInto(x: Float64Array, n: number, out: Float64Array): Float64Array {
    checkBatchShape('Neuron.predictInto', x.length, n);
    if (out.length < n) {
      throw new ShapeError(`Neuron.predictInto: out must hold n=${n} values, got ${out.length}. Pass a larger array.`);
    }
    // neuronForward types its default buffer as ArrayBuffer-backed; any Float64Array works as out
    return neuronForward(x, this.w, this.b, n, out as Float64Array<ArrayBuffer>);
  }

  /** neuronForward into the reused output buffer, after checking the batch's shape. */
  private forward(batch: Batch): Float64Array {
    checkBatch(batch);
    if (this.out.length !== batch.n) this.out = new Float64Array(batch.n);
    return neuronForward(batch.x, this.w, this.b, batch.n, this.out);
  }

  /** Largest learning rate for which full-batch gradient descent on this batch's MSE is stable: 2/λmax(H). */
  stableLearningRate(batch: Batch): number {
    return stableLearningRate(batch);
  }
}

/** How to start a neuron: explicit values, or w and b drawn uniform in [0, 1) from a seed or an Rng. */
export type NeuronInit = { readonly w: number; readonly b: number } | { readonly seed: number } | { readonly rng: Rng };

/**
 * Creates the tutorial's neuron. `{ seed }` draws w then b with `new Rng(seed).next()` (uniform in [0, 1), like the
 * tutorial's unseeded initialization but reproducible); `{ rng }` draws from a generator you own; `{ w, b }` sets them.
 */
export function createNeuron(init: NeuronInit, options: NeuronOptions = {}): Neuron {
  if ('w' in init) return new Neuron(init.w, init.b, options);
  const rng = 'rng' in init ? init.rng : new Rng(init.seed);
  const w = rng.next();
  const b = rng.next();
  return new Neuron(w, b, options);
}

function makeParam(name: string, value: number): Param {
  return { name, shape: [1], value: Float64Array.of(value), grad: new Float64Array(1) };
}

function checkFinite(name: string, v: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new RangeError(`Neuron: ${name} must be a finite number, got ${String(v)}. Pass a value such as 0.5.`);
  }
}

function checkBatch(batch: Batch): void {
  checkBatchShape('Neuron', batch.x.length, batch.n);
  checkBatchShape('Neuron', batch.y.length, batch.n);
}

function checkBatchShape(where: string, length: number, n: number): void {
  if (!Number.isInteger(n) || n < 1 || length !== n) {
    throw new ShapeError(`${where}: a batch of n=${n} samples needs arrays of length ${n} (1 column), got ${length}.`);
  }
}
