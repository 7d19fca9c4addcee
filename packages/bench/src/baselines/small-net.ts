/**
 * The hand-written baseline for the small network: 2-16-16-1, tanh hidden layers, a sigmoid output trained with
 * binary cross-entropy on the logit, Adam, seeded minibatches. Plain loops over preallocated Float64Arrays: what a
 * careful engineer would write for exactly this one network, with no engine underneath.
 */
import { Rng } from '@neuronlab/core';
import type { Samples } from '../data.js';

/** Adam's constants, the same defaults the engine and TensorFlow.js document. */
export interface AdamSettings {
  readonly lr: number;
  /** @default 0.9 */
  readonly beta1?: number;
  /** @default 0.999 */
  readonly beta2?: number;
  /** @default 1e-8 */
  readonly epsilon?: number;
}

/** The parameter blocks in a fixed order: W1 (in×h1), b1, W2 (h1×h2), b2, W3 (h2×1), b3; weights are [in][out]. */
export type SmallNetParams = [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];

/** A 2-16-16-1 network (sizes configurable) with its Adam state and scratch buffers for batches up to maxBatch. */
export class HandSmallNet {
  readonly params: SmallNetParams;
  readonly grads: SmallNetParams;
  private readonly m: SmallNetParams;
  private readonly v: SmallNetParams;
  private t = 0;
  private readonly h1: Float64Array;
  private readonly h2: Float64Array;
  private readonly d1: Float64Array;
  private readonly d2: Float64Array;
  private readonly dz: Float64Array;

  constructor(
    readonly sizes: readonly [number, number, number],
    init: SmallNetParams,
    readonly maxBatch: number,
  ) {
    this.params = init.map((p) => p.slice()) as SmallNetParams;
    this.grads = init.map((p) => new Float64Array(p.length)) as SmallNetParams;
    this.m = init.map((p) => new Float64Array(p.length)) as SmallNetParams;
    this.v = init.map((p) => new Float64Array(p.length)) as SmallNetParams;
    this.h1 = new Float64Array(maxBatch * sizes[1]);
    this.h2 = new Float64Array(maxBatch * sizes[2]);
    this.d1 = new Float64Array(maxBatch * sizes[1]);
    this.d2 = new Float64Array(maxBatch * sizes[2]);
    this.dz = new Float64Array(maxBatch);
  }

  /** Mean BCE of the batch (rows of x, labels y), without gradients. */
  loss(x: Float64Array, y: Float64Array, nb: number): number {
    return this.forward(x, y, nb, false);
  }

  /** Mean BCE of the batch (rows of x, labels y) and every gradient, written into `grads`. */
  lossAndGrad(x: Float64Array, y: Float64Array, nb: number): number {
    const [ni, n1, n2] = this.sizes;
    const [w1, , w2, , w3] = this.params;
    const { h1, h2, d1, d2, dz } = this;
    const loss = this.forward(x, y, nb, true);
    const [gw1, gb1, gw2, gb2, gw3, gb3] = this.grads;
    backDense(h2, dz, w3, gw3, gb3, d2, nb, n2, 1);
    for (let e = 0; e < nb * n2; e++) d2[e]! *= 1 - h2[e]! * h2[e]!;
    backDense(h1, d2, w2, gw2, gb2, d1, nb, n1, n2);
    for (let e = 0; e < nb * n1; e++) d1[e]! *= 1 - h1[e]! * h1[e]!;
    backDense(x, d1, w1, gw1, gb1, null, nb, ni, n1);
    return loss;
  }

  /** The forward pass and mean BCE; with `withGrad`, also ∂L/∂logit per row into dz. */
  private forward(x: Float64Array, y: Float64Array, nb: number, withGrad: boolean): number {
    const [ni, n1, n2] = this.sizes;
    const [w1, b1, w2, b2, w3, b3] = this.params;
    const { h1, h2, dz } = this;
    dense(x, w1, b1, h1, nb, ni, n1, true);
    dense(h1, w2, b2, h2, nb, n1, n2, true);
    let loss = 0;
    for (let s = 0; s < nb; s++) {
      let z = b3[0]!;
      for (let i = 0; i < n2; i++) z += h2[s * n2 + i]! * w3[i]!;
      const t = y[s]!;
      // BCE on the logit, stable for large |z|: max(z, 0) − z·t + log(1 + e^−|z|)
      loss += Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));
      if (withGrad) dz[s] = (1 / (1 + Math.exp(-z)) - t) / nb;
    }
    return loss / nb;
  }

  /** One Adam update with bias correction: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², p ← p − lr·m̂/(√v̂ + ε). */
  adamStep(settings: AdamSettings): void {
    const beta1 = settings.beta1 ?? 0.9;
    const beta2 = settings.beta2 ?? 0.999;
    const eps = settings.epsilon ?? 1e-8;
    this.t++;
    const c1 = 1 - beta1 ** this.t;
    const c2 = 1 - beta2 ** this.t;
    for (let k = 0; k < this.params.length; k++) {
      const p = this.params[k]!;
      const g = this.grads[k]!;
      const m = this.m[k]!;
      const v = this.v[k]!;
      for (let i = 0; i < p.length; i++) {
        const gi = g[i]!;
        m[i] = beta1 * m[i]! + (1 - beta1) * gi;
        v[i] = beta2 * v[i]! + (1 - beta2) * gi * gi;
        p[i]! -= (settings.lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
      }
    }
  }
}

/** out = act(x·W + b) for nb rows; x is nb×nin, W nin×nout. */
function dense(
  x: Float64Array,
  w: Float64Array,
  b: Float64Array,
  out: Float64Array,
  nb: number,
  nin: number,
  nout: number,
  tanh: boolean,
): void {
  for (let s = 0; s < nb; s++) {
    const o = s * nout;
    for (let j = 0; j < nout; j++) out[o + j] = b[j]!;
    for (let i = 0; i < nin; i++) {
      const xi = x[s * nin + i]!;
      const wr = i * nout;
      for (let j = 0; j < nout; j++) out[o + j]! += xi * w[wr + j]!;
    }
    if (tanh) for (let j = 0; j < nout; j++) out[o + j] = Math.tanh(out[o + j]!);
  }
}

/** Given ∂L/∂out (nb×nout) of a dense layer fed by x: ∂L/∂W = xᵀ·d, ∂L/∂b = Σ rows of d, ∂L/∂x = d·Wᵀ (if wanted). */
function backDense(
  x: Float64Array,
  d: Float64Array,
  w: Float64Array,
  gw: Float64Array,
  gb: Float64Array,
  dx: Float64Array | null,
  nb: number,
  nin: number,
  nout: number,
): void {
  gw.fill(0);
  gb.fill(0);
  for (let s = 0; s < nb; s++) {
    const dr = s * nout;
    for (let j = 0; j < nout; j++) gb[j]! += d[dr + j]!;
    for (let i = 0; i < nin; i++) {
      const xi = x[s * nin + i]!;
      const wr = i * nout;
      let acc = 0;
      for (let j = 0; j < nout; j++) {
        gw[wr + j]! += xi * d[dr + j]!;
        acc += d[dr + j]! * w[wr + j]!;
      }
      if (dx) dx[s * nin + i] = acc;
    }
  }
}

/** Glorot-uniform weights and zero biases for the given layer sizes, from a seed. */
export function smallNetInit(sizes: readonly [number, number, number], seed: number): SmallNetParams {
  const rng = new Rng(seed);
  const glorot = (nin: number, nout: number) => {
    const limit = Math.sqrt(6 / (nin + nout));
    return Float64Array.from({ length: nin * nout }, () => rng.uniform(-limit, limit));
  };
  const [ni, n1, n2] = sizes;
  return [
    glorot(ni, n1),
    new Float64Array(n1),
    glorot(n1, n2),
    new Float64Array(n2),
    glorot(n2, 1),
    new Float64Array(1),
  ];
}

/**
 * Trains for `epochs` epochs of minibatches in a seeded shuffled order (a fresh permutation of the previous order each
 * epoch); returns the loss over the whole set after each epoch, at that epoch's final parameters (the network needs
 * buffers for data.n rows).
 */
export function trainHandSmallNet(
  net: HandSmallNet,
  data: Samples,
  epochs: number,
  batchSize: number,
  adam: AdamSettings,
  seed: number,
): Float64Array {
  const rng = new Rng(seed);
  const order = Uint32Array.from({ length: data.n }, (_, i) => i);
  const ni = data.inputDim;
  const xb = new Float64Array(batchSize * ni);
  const yb = new Float64Array(batchSize);
  const epochLoss = new Float64Array(epochs);
  for (let e = 0; e < epochs; e++) {
    rng.shuffle(order);
    for (let start = 0; start < data.n; start += batchSize) {
      const nb = Math.min(batchSize, data.n - start);
      for (let s = 0; s < nb; s++) {
        const row = order[start + s]!;
        for (let i = 0; i < ni; i++) xb[s * ni + i] = data.x[row * ni + i]!;
        yb[s] = data.y[row]!;
      }
      net.lossAndGrad(xb, yb, nb);
      net.adamStep(adam);
    }
    // the loss at the epoch's final parameters over the whole set, as core's progress events report it
    epochLoss[e] = net.loss(data.x, data.y, data.n);
  }
  return epochLoss;
}
