/**
 * A Sequential network plus a loss, as a `Trainable`: the one `train` drives it exactly like the hand-derived neuron.
 * Its Params are views of the layers' own tensors (value = tensor.data, grad = tensor.grad), so optimizers update the
 * network in place with no copies; each step builds a fresh graph and frees it after backward.
 */
import { backward, noGrad, recycleGraph } from '../autograd.js';
import { ShapeError } from '../errors.js';
import { getLoss, type Loss, type LossName } from '../losses/registry.js';
import { Tensor } from '../tensor.js';
import type { Batch, Param, Trainable } from '../train/types.js';
import type { Sequential } from './sequential.js';

/** A sequential network trained on a loss. */
export class NetworkModel implements Trainable {
  readonly kind = 'sequential';
  /** The layers. */
  readonly network: Sequential;
  /** The loss it is trained on. */
  readonly loss: Loss;
  private readonly list: readonly Param[];
  // true when the loss absorbs the output activation, so it is fed the last pre-activation (logits)
  private readonly fused: boolean;

  constructor(network: Sequential, loss: LossName | Loss = 'mse') {
    this.network = network;
    this.loss = typeof loss === 'string' ? getLoss(loss) : loss;
    const outAct = network.layers[network.layers.length - 1]!.activation;
    const wanted = this.loss.fusedActivation;
    if (wanted !== null && outAct !== wanted && outAct !== 'linear') {
      throw new TypeError(
        `NetworkModel: loss '${this.loss.name}' needs a ${wanted} or linear output layer, got '${outAct}'. ` +
          `Use activation '${wanted}' on the last layer.`,
      );
    }
    this.fused = wanted !== null && outAct === wanted;
    this.list = network.parameters().map((t) => ({ name: t.name, shape: t.shape, value: t.data, grad: t.grad! }));
  }

  /** Inputs per sample. */
  get inputDim(): number {
    return this.network.inputDim;
  }

  /** Outputs per sample. */
  get outputDim(): number {
    return this.network.outputDim;
  }

  /** Every layer's weight and bias (`layers.0.weight`, `layers.0.bias`, ...), views of the live tensors. */
  params(): readonly Param[] {
    return this.list;
  }

  /** Forward, loss and backward on a batch: overwrites every param grad, frees the graph, returns the mean loss. */
  lossAndGrad(batch: Batch): number {
    for (const p of this.list) p.grad.fill(0);
    const loss = this.lossTensor(batch);
    const order = backward(loss);
    const value = loss.item();
    // the graph's intermediates never leave this method, so their buffers can serve the next step
    recycleGraph(loss, order);
    return value;
  }

  /** Mean loss on a batch without recording a graph; gradients are untouched. */
  evaluate(batch: Batch): number {
    return noGrad(() => this.lossTensor(batch).item());
  }

  /** The network's outputs (after the output activation) for n samples, n × outputDim row-major. */
  predict(x: Float64Array, n: number): Float64Array {
    return noGrad(() => this.network.forward(this.input('predict', x, n)).data);
  }

  /** Class per sample: one output column is class 1 above 0.5 (above 0 for logits), several take the argmax. */
  classify(x: Float64Array, n: number): Int32Array {
    const out = this.predict(x, n);
    const d = this.outputDim;
    const classes = new Int32Array(n);
    // a linear output under a cross-entropy loss emits logits, whose decision boundary is 0
    const threshold = this.loss.fusedActivation !== null && !this.fused ? 0 : 0.5;
    for (let i = 0; i < n; i++) {
      if (d === 1) {
        classes[i] = out[i]! > threshold ? 1 : 0;
        continue;
      }
      let best = 0;
      for (let j = 1; j < d; j++) if (out[i * d + j]! > out[i * d + best]!) best = j;
      classes[i] = best;
    }
    return classes;
  }

  private lossTensor(batch: Batch): Tensor {
    const x = this.input('lossAndGrad', batch.x, batch.n);
    const d = this.outputDim;
    if (batch.y.length !== batch.n * d) {
      throw new ShapeError(
        `NetworkModel: targets must hold n × outputDim = ${batch.n}×${d} values, got ${batch.y.length}. ` +
          'Give one target per output.',
      );
    }
    const y = this.wrap(batch.y, batch.n, d);
    const out = this.fused ? this.network.logits(x) : this.network.forward(x);
    return this.loss.compute(out, y);
  }

  private input(where: string, x: Float64Array, n: number): Tensor {
    const k = this.inputDim;
    if (!Number.isInteger(n) || n < 1 || x.length !== n * k) {
      throw new ShapeError(
        `NetworkModel.${where}: inputs must hold n × inputDim = ${n}×${k} values, got ${x.length}. ` +
          'Pass a row-major array of n samples.',
      );
    }
    return this.wrap(x, n, k);
  }

  // Leaf tensors over the last two arrays seen: full-batch training passes the same arrays every step.
  private wrapped: Tensor[] = [];

  private wrap(values: Float64Array, n: number, columns: number): Tensor {
    for (const t of this.wrapped) if (t.data === values && t.shape[0] === n && t.shape[1] === columns) return t;
    const t = new Tensor(values, [n, columns]);
    this.wrapped = [t, ...this.wrapped.slice(0, 1)];
    return t;
  }
}
