/**
 * A Sequential network plus a loss, as a `Trainable`: the one `train` drives it exactly like the hand-derived neuron.
 * Its Params are views of the layers' own tensors (value = tensor.data, grad = tensor.grad), so optimizers update the
 * network in place with no copies. A step's graph is kept and replayed while the batch arrays stay the same (see
 * `lossAndGrad`); otherwise each step builds a fresh graph and recycles it after backward.
 */
import {
  allocateOutput,
  backward,
  backwardAlong,
  freeGraph,
  isReplayable,
  noGrad,
  recycleBuffer,
  recycleGraph,
  replayForward,
  zero,
} from '../autograd.js';
import { ShapeError } from '../errors.js';
import { getLoss, type Loss, type LossName, losses } from '../losses/registry.js';
import { toClasses } from '../metrics/metrics.js';
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
  // a custom loss could read inputs computed outside the recorded order (say, a detached copy), so only the
  // registry's losses are replayed
  private readonly replayLoss: boolean;
  // recorded steps of the last two batch shapes (full batches, or a minibatch and an epoch's shorter last one)
  private tapes: Tape[] = [];

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
    this.replayLoss = Object.values(losses).some((entry) => entry === this.loss);
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

  /**
   * Forward, loss and backward on a batch: overwrites every param grad and returns the mean loss.
   *
   * The step's graph is kept as a tape keyed by the batch's input and target arrays. When a later step passes the
   * same arrays (full-batch training, or a minibatch buffer refilled in place), the tape is replayed: every op runs
   * its forward again on the current values into the same buffers, then backward walks the recorded order. The same
   * ops do the same arithmetic in the same order, so the numbers equal a fresh graph's; only allocation and graph
   * bookkeeping are saved. A graph with an op that cannot replay is built and recycled every step.
   */
  lossAndGrad(batch: Batch): number {
    for (const p of this.list) zero(p.grad);
    const x = this.input('lossAndGrad', batch.x, batch.n);
    const y = this.target(batch);
    for (const tape of this.tapes) {
      if (tape.x === x && tape.y === y) {
        replayForward(tape.order);
        backwardAlong(tape.loss, tape.order);
        return tape.loss.data[0]!;
      }
    }
    const loss = this.lossOf(x, y);
    const order = backward(loss);
    const value = loss.item();
    if (this.replayLoss && isReplayable(order)) this.keepTape({ x, y, loss, order });
    // the graph's intermediates never leave this method, so their buffers can serve the next step
    else recycleGraph(loss, order);
    return value;
  }

  /** Mean loss on a batch without recording a graph; gradients are untouched. */
  evaluate(batch: Batch): number {
    const x = this.input('evaluate', batch.x, batch.n);
    const y = this.target(batch);
    const outputs = this.outputsInPasses(x, this.fused, allocateOutput(batch.n * this.outputDim));
    const loss = noGrad(() => this.loss.compute(new Tensor(outputs, y.shape), y).item());
    recycleBuffer(outputs);
    return loss;
  }

  /** The network's outputs (after the output activation) for n samples, n × outputDim row-major. */
  predict(x: Float64Array, n: number): Float64Array {
    return this.outputsInPasses(this.input('predict', x, n), false, new Float64Array(n * this.outputDim));
  }

  /**
   * Every layer's values for n samples, first layer to last: `z` (pre-activation) and `a` (output), each n × units
   * row-major. The one forward pass the front ends use to look inside the network (per-neuron heatmaps, a chosen
   * point's numbers); the last layer's `a` equals `predict` bit for bit.
   */
  layerActivations(x: Float64Array, n: number): LayerValues[] {
    return noGrad(() =>
      this.network.trace(this.input('layerActivations', x, n)).map((layer, i) => ({
        units: this.network.layers[i]!.units,
        z: layer.z.data,
        a: layer.a.data,
      })),
    );
  }

  /**
   * `lossAndGrad` with its insides kept: the same layer calls and loss on the same batch (so every param grad equals
   * `lossAndGrad`'s bit for bit), returning each layer's z and a with their gradients ∂L/∂z and ∂L/∂a, copied out
   * before the graph is freed. For spelling out one step (`traceStep`); training never calls it.
   */
  inspectStep(batch: Batch): InspectedStep {
    for (const p of this.list) zero(p.grad);
    const x = new Tensor(Float64Array.from(batch.x), [batch.n, this.inputDim]);
    const y = this.target(batch);
    const trace = this.network.trace(x);
    const last = trace[trace.length - 1]!;
    const loss = this.loss.compute(this.fused ? last.z : last.a, y);
    backward(loss);
    const copy = (t: Float64Array | null) => (t === null ? null : Float64Array.from(t));
    const layers = trace.map(({ z, a }, i) => ({
      units: this.network.layers[i]!.units,
      z: Float64Array.from(z.data),
      a: Float64Array.from(a.data),
      dz: Float64Array.from(z.grad!),
      // the loss reads the output layer's z when the activation is fused into it, so that a has no gradient
      da: this.fused && i === trace.length - 1 ? null : copy(a.grad),
    }));
    const value = loss.item();
    freeGraph(loss);
    return { loss: value, layers };
  }

  /** Class per sample: one output column is class 1 above 0.5 (above 0 for logits), several take the argmax. */
  classify(x: Float64Array, n: number): Int32Array {
    // a linear output under a cross-entropy loss emits logits, whose decision boundary is 0
    const threshold = this.loss.fusedActivation !== null && !this.fused ? 0 : 0.5;
    return toClasses(this.predict(x, n), n, threshold);
  }

  private keepTape(tape: Tape): void {
    this.tapes.unshift(tape);
    const dropped = this.tapes.length > 2 ? this.tapes.pop() : undefined;
    if (dropped !== undefined) recycleGraph(dropped.loss, dropped.order);
  }

  /**
   * Writes the network's outputs (its logits when `logits`) for every row of x into `out` (n × outputDim), running
   * at most ROWS_PER_PASS rows at a time, with no graph recorded. A row's outputs do not depend on the rows beside it
   * (every product adds its terms in the same order whatever the batch, see kernels/matmul.ts), so this equals one
   * pass over all rows bit for bit, while the hidden layers' values for a whole dataset never exist at once. Each
   * pass's layer values go back to the buffer pool for the next: fresh memory is slow to touch, and a run evaluates
   * its sets at every report.
   */
  private outputsInPasses(x: Tensor, logits: boolean, out: Float64Array): Float64Array {
    const n = x.shape[0]!;
    const k = this.inputDim;
    const d = this.outputDim;
    noGrad(() => {
      for (let r0 = 0; r0 < n; r0 += ROWS_PER_PASS) {
        const r1 = Math.min(n, r0 + ROWS_PER_PASS);
        const rows = r1 - r0 === n ? x : new Tensor(x.data.subarray(r0 * k, r1 * k), [r1 - r0, k]);
        const layers = this.network.trace(rows);
        const last = layers[layers.length - 1]!;
        out.set((logits ? last.z : last.a).data, r0 * d);
        for (const { z, a } of layers) {
          // every z and a is a new op output; an identity activation's a is its z, given back once
          recycleBuffer(z.data);
          if (a !== z) recycleBuffer(a.data);
        }
      }
    });
    return out;
  }

  private lossOf(x: Tensor, y: Tensor): Tensor {
    const out = this.fused ? this.network.logits(x) : this.network.forward(x);
    return this.loss.compute(out, y);
  }

  private target(batch: Batch): Tensor {
    const d = this.outputDim;
    if (batch.y.length !== batch.n * d) {
      throw new ShapeError(
        `NetworkModel: targets must hold n × outputDim = ${batch.n}×${d} values, got ${batch.y.length}. ` +
          'Give one target per output.',
      );
    }
    return this.wrap(batch.y, batch.n, d);
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

  // Leaf tensors over the last arrays seen: training passes the same arrays every step (the full batch, or the
  // minibatch buffers and the shorter last one), and tapes are keyed by these leaves.
  private wrapped: Tensor[] = [];

  private wrap(values: Float64Array, n: number, columns: number): Tensor {
    for (const t of this.wrapped) if (t.data === values && t.shape[0] === n && t.shape[1] === columns) return t;
    const t = new Tensor(values, [n, columns]);
    this.wrapped = [t, ...this.wrapped.slice(0, WRAPPED - 1)];
    return t;
  }
}

/** One layer's values for a batch of samples (see `NetworkModel.layerActivations`). */
export interface LayerValues {
  /** Neurons in the layer: each row of z and a holds this many values. */
  readonly units: number;
  /** Pre-activations z = a_prev·W + b, n × units row-major. */
  readonly z: Float64Array;
  /** Outputs a = act(z), n × units row-major. */
  readonly a: Float64Array;
}

/** One layer of an inspected step: its values and their gradients, n × units row-major. */
export interface InspectedLayer extends LayerValues {
  /** ∂L/∂z */
  readonly dz: Float64Array;
  /** ∂L/∂a, or null when the loss reads z directly (a fused output activation). */
  readonly da: Float64Array | null;
}

/** What `NetworkModel.inspectStep` returns: the batch's mean loss and every layer's values and gradients. */
export interface InspectedStep {
  readonly loss: number;
  readonly layers: readonly InspectedLayer[];
}

/**
 * Rows per forward pass when a whole set is evaluated or predicted: enough to keep the matmul kernel busy, few
 * enough that a wide layer's values for them stay in cache (512 rows of 128 units are 512 KB).
 */
const ROWS_PER_PASS = 512;

// enough leaves for a training set, a test set and the minibatch buffers, without pinning arrays for long
const WRAPPED = 6;

/** A recorded step: the leaves it was built on, its loss node and its topological order. */
interface Tape {
  readonly x: Tensor;
  readonly y: Tensor;
  readonly loss: Tensor;
  readonly order: Tensor[];
}
