/** A fully connected layer: out = activation(x·W + b), with W of shape [inputDim, units] and b of shape [units]. */

import { getInitializer } from '../init/initializers.js';
import { linear } from '../ops/matmul.js';
import { Rng } from '../rng.js';
import { Tensor } from '../tensor.js';
import { type ActivationName, getActivation } from './activations.js';

/** Options of a Dense layer. */
export interface DenseOptions {
  /** Inputs per sample. */
  readonly inputDim: number;
  /** Outputs per sample (neurons). */
  readonly units: number;
  /** Activation name. @default 'linear' */
  readonly activation?: ActivationName;
  /** Weight initializer name. @default 'glorot' */
  readonly kernelInit?: string;
  /** Bias initializer name. @default 'zeros' */
  readonly biasInit?: string;
  /** Random stream for the initializers. @default new Rng(0) */
  readonly rng?: Rng;
  /** Parameter name prefix (`layers.0`). @default 'dense' */
  readonly name?: string;
}

/** A dense layer with its own weight and bias tensors (leaves that require grad). */
export class Dense {
  readonly inputDim: number;
  readonly units: number;
  readonly activation: ActivationName;
  /** Weights, [inputDim, units]. */
  readonly weight: Tensor;
  /** Biases, [units]. */
  readonly bias: Tensor;
  // looked up once: forward runs every step
  private readonly activate: (x: Tensor) => Tensor;

  constructor(options: DenseOptions) {
    const { inputDim, units } = options;
    for (const [key, v] of [
      ['inputDim', inputDim],
      ['units', units],
    ] as const) {
      if (!Number.isInteger(v) || v < 1) {
        throw new RangeError(`Dense: ${key} must be a whole number >= 1, got ${String(v)}. Pass a size such as 16.`);
      }
    }
    this.inputDim = inputDim;
    this.units = units;
    const activation = getActivation(options.activation ?? 'linear');
    this.activation = activation.name as ActivationName;
    this.activate = activation.forward;
    const rng = options.rng ?? new Rng(0);
    const prefix = options.name ?? 'dense';
    this.weight = new Tensor(new Float64Array(inputDim * units), [inputDim, units], {
      requiresGrad: true,
      name: `${prefix}.weight`,
    });
    this.bias = new Tensor(new Float64Array(units), [units], { requiresGrad: true, name: `${prefix}.bias` });
    getInitializer(options.kernelInit ?? 'glorot').fill(this.weight.data, inputDim, units, rng);
    getInitializer(options.biasInit ?? 'zeros').fill(this.bias.data, inputDim, units, rng);
  }

  /** x·W + b, before the activation (logits for the output layer). */
  preActivation(x: Tensor): Tensor {
    return linear(x, this.weight, this.bias);
  }

  /** The layer's activation applied to a pre-activation z. */
  activateOutput(z: Tensor): Tensor {
    return this.activate(z);
  }

  /** activation(x·W + b) for x of shape [n, inputDim]. */
  forward(x: Tensor): Tensor {
    return this.activate(this.preActivation(x));
  }

  /** The weight then the bias. */
  parameters(): Tensor[] {
    return [this.weight, this.bias];
  }
}
