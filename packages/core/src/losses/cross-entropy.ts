/**
 * Cross-entropy losses that take logits, fused with their output activation. Working on logits keeps them finite for
 * logits like ±1000 (no log(0)), and the gradient is simply probability − target.
 */
import { ShapeError } from '../errors.js';
import { detMath } from '../math/det-math.js';
import { sigmoidValue } from '../ops/unary.js';
import { fmt, type Tensor } from '../tensor.js';
import { checkPair, lossNode } from './regression.js';

/**
 * Binary cross-entropy from logits z, averaged over all elements:
 * −[t·log σ(z) + (1 − t)·log(1 − σ(z))] = max(z, 0) − z·t + log(1 + e^(−|z|)).
 */
export function binaryCrossEntropyWithLogits(logits: Tensor, target: Tensor): Tensor {
  checkPair('binaryCrossEntropy', logits, target);
  const z = logits.data;
  const t = target.data;
  const n = z.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const v = z[i]!;
    s += Math.max(v, 0) - v * t[i]! + detMath.log1p(detMath.exp(-Math.abs(v)));
  }
  return lossNode('binary-cross-entropy', logits, s / n, (g, gz) => {
    // ∂L/∂zᵢ = (σ(zᵢ) − tᵢ)/N
    for (let i = 0; i < n; i++) gz[i]! += g * ((sigmoidValue(z[i]!) - t[i]!) / n);
  });
}

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
