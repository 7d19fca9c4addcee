/** A stack of dense layers applied in order; the model kind `sequential` of model files. */
import { ShapeError } from '../errors.js';
import type { Architecture } from '../io/model-file.js';
import { Rng } from '../rng.js';
import type { Tensor } from '../tensor.js';
import type { ActivationName } from './activations.js';
import { Dense } from './dense.js';

/** One dense layer of a network to build (the model file's LayerSpec, with the activation optional). */
export interface DenseSpec {
  /** Neurons in the layer. */
  readonly units: number;
  /** Activation name. @default 'linear' */
  readonly activation?: ActivationName;
}

/** One layer's values for a batch: pre-activation z and output a, both [n, units]. */
export interface LayerTrace {
  readonly z: Tensor;
  readonly a: Tensor;
}

/** Options of `createSequential`. */
export interface SequentialOptions {
  /** Inputs per sample. */
  readonly inputDim: number;
  /** The layers, first to last. */
  readonly layers: readonly DenseSpec[];
  /** Seed of the initializers (ignored when `rng` is given). @default 0 */
  readonly seed?: number;
  /** Random stream for the initializers. */
  readonly rng?: Rng;
  /** Weight initializer for every layer. @default 'glorot' */
  readonly kernelInit?: string;
  /** Bias initializer for every layer. @default 'zeros' */
  readonly biasInit?: string;
}

/** Dense layers applied one after another. */
export class Sequential {
  readonly layers: readonly Dense[];

  constructor(layers: readonly Dense[]) {
    if (layers.length === 0) throw new RangeError('Sequential: needs at least one layer, got 0. Add a Dense layer.');
    for (let i = 1; i < layers.length; i++) {
      if (layers[i]!.inputDim !== layers[i - 1]!.units) {
        throw new ShapeError(
          `Sequential: layer ${i} expects ${layers[i]!.inputDim} inputs but layer ${i - 1} gives ${layers[i - 1]!.units}, ` +
            `got [${layers[i - 1]!.inputDim},${layers[i - 1]!.units}] then [${layers[i]!.inputDim},${layers[i]!.units}]. Match the sizes.`,
        );
      }
    }
    this.layers = layers;
  }

  /** Inputs per sample. */
  get inputDim(): number {
    return this.layers[0]!.inputDim;
  }

  /** Outputs per sample. */
  get outputDim(): number {
    return this.layers[this.layers.length - 1]!.units;
  }

  /** The last layer's pre-activation (logits), for losses that fuse the output activation. */
  logits(x: Tensor): Tensor {
    let h = x;
    const last = this.layers.length - 1;
    for (let i = 0; i < last; i++) h = this.layers[i]!.forward(h);
    return this.layers[last]!.preActivation(h);
  }

  /**
   * Every layer's pre-activation z = a·W + b and output a = act(z), first layer to last, for x of shape [n, inputDim].
   * The same layer calls as `forward`, so the last entry's `a` equals `forward(x)` bit for bit.
   */
  trace(x: Tensor): LayerTrace[] {
    const out: LayerTrace[] = [];
    let h = x;
    for (const layer of this.layers) {
      const z = layer.preActivation(h);
      h = layer.activateOutput(z);
      out.push({ z, a: h });
    }
    return out;
  }

  /** The network's output for x of shape [n, inputDim]. */
  forward(x: Tensor): Tensor {
    let h = x;
    for (const layer of this.layers) h = layer.forward(h);
    return h;
  }

  /** Every layer's weight and bias, in layer order. */
  parameters(): Tensor[] {
    return this.layers.flatMap((layer) => layer.parameters());
  }

  /** Zeroes every parameter's gradient (before accumulating a new backward pass by hand). */
  zeroGrad(): void {
    for (const t of this.parameters()) t.zeroGrad();
  }

  /** The architecture as model files write it. */
  architecture(): Architecture {
    return {
      kind: 'sequential',
      inputDim: this.inputDim,
      layers: this.layers.map((l) => ({ units: l.units, activation: l.activation })),
    };
  }
}

/** Builds a Sequential from an architecture, initializing layer i's parameters as `layers.i.weight/bias`. */
export function createSequential(options: SequentialOptions): Sequential {
  const rng = options.rng ?? new Rng(options.seed ?? 0);
  let inputDim = options.inputDim;
  const layers = options.layers.map((spec, i) => {
    const layer = new Dense({
      inputDim,
      units: spec.units,
      activation: spec.activation ?? 'linear',
      rng,
      name: `layers.${i}`,
      ...(options.kernelInit === undefined ? {} : { kernelInit: options.kernelInit }),
      ...(options.biasInit === undefined ? {} : { biasInit: options.biasInit }),
    });
    inputDim = spec.units;
    return layer;
  });
  return new Sequential(layers);
}
