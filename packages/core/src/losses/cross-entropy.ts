/**
 * Cross-entropy losses that take logits, fused with their output activation. Working on logits keeps them finite for
 * logits like ±1000 (no log(0)), and the gradient is simply probability − target.
 */
import { needsGrad } from '../autograd.js';
import { ShapeError } from '../errors.js';
import { detMath } from '../math/det-math.js';
import { sigmoidValue } from '../ops/unary.js';
import { fmt, type Tensor } from '../tensor.js';
import { checkPair, lossNode, savedGradientNode } from './regression.js';

/**
 * Binary cross-entropy from logits z, averaged over all elements:
 * −[t·log σ(z) + (1 − t)·log(1 − σ(z))] = max(z, 0) − z·t + log(1 + e^(−|z|)).
 */
export function binaryCrossEntropyWithLogits(logits: Tensor, target: Tensor): Tensor {
  checkPair('binaryCrossEntropy', logits, target);
  const z = logits.data;
  const t = target.data;
  const n = z.length;
  if (!needsGrad(logits)) return lossNode('binary-cross-entropy', logits, bceSum(z, t, n, null) / n, noBackward);
  // fused like mse: the forward pass also stores ∂L/∂zᵢ, so the node can replay and hand its gradient over
  return savedGradientNode('binary-cross-entropy', logits, (dz) => bceSum(z, t, n, dz) / n);
}

/** Σ max(z, 0) − z·t + log(1 + e^(−|z|)) in element order; with `dz`, also dz[i] = (σ(zᵢ) − tᵢ)/N (+0, as in mse). */
function bceSum(z: Float64Array, t: Float64Array, n: number, dz: Float64Array | null): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const v = z[i]!;
    s += Math.max(v, 0) - v * t[i]! + detMath.log1p(detMath.exp(-Math.abs(v)));
    if (dz !== null) dz[i] = (sigmoidValue(v) - t[i]!) / n + 0;
  }
  return s;
}

const noBackward = (): void => {};

/**
 * Softmax cross-entropy from logits [n, k] and targets [n, k] (one-hot or probabilities), averaged over the n rows:
 * Σⱼ tᵢⱼ·(logΣexp(zᵢ) − zᵢⱼ), with the row maximum subtracted before exp.
 */
export function softmaxCrossEntropyWithLogits(logits: Tensor, target: Tensor): Tensor {
  checkPair('softmaxCrossEntropy', logits, target);
  if (logits.rank !== 2) {
    throw new ShapeError(`softmaxCrossEntropy: logits must be [n, classes], got ${fmt(logits.shape)}. Reshape them.`);
  }
  const [rows, k] = logits.shape as [number, number];
  const z = logits.data;
  const t = target.data;
  const lse = new Float64Array(rows);
  let s = 0;
  for (let i = 0; i < rows; i++) {
    let m = -Infinity;
    for (let j = 0; j < k; j++) m = Math.max(m, z[i * k + j]!);
    let e = 0;
    for (let j = 0; j < k; j++) e += detMath.exp(z[i * k + j]! - m);
    lse[i] = m + detMath.log(e);
    for (let j = 0; j < k; j++) s += t[i * k + j]! * (lse[i]! - z[i * k + j]!);
  }
  return lossNode('softmax-cross-entropy', logits, s / rows, (g, gz) => {
    // ∂L/∂zᵢⱼ = (softmaxᵢⱼ·Σₗ tᵢₗ − tᵢⱼ)/n
    for (let i = 0; i < rows; i++) {
      let mass = 0;
      for (let j = 0; j < k; j++) mass += t[i * k + j]!;
      for (let j = 0; j < k; j++) {
        const o = i * k + j;
        gz[o]! += g * ((detMath.exp(z[o]! - lse[i]!) * mass - t[o]!) / rows);
      }
    }
  });
}
