/**
 * Regression losses as fused primitives (one graph node each, mean over every element), with the gradient written
 * right under the value. Targets are constants: no gradient flows into them.
 */
import { allocateOutput, needsGrad } from '../autograd.js';
import { ShapeError } from '../errors.js';
import { fmt, Tensor } from '../tensor.js';

/** Throws unless prediction and target have the same shape. */
export function checkPair(op: string, pred: Tensor, target: Tensor): void {
  let same = pred.rank === target.rank;
  for (let i = 0; same && i < pred.rank; i++) same = pred.shape[i] === target.shape[i];
  if (!same || pred.size === 0) {
    throw new ShapeError(
      `${op}: prediction and target shapes must match and be non-empty, got ${fmt(pred.shape)} and ${fmt(target.shape)}. ` +
        'Give one target per output.',
    );
  }
}

/** Adds g·∂L/∂predᵢ into `gp` for every element. */
type LossBackward = (g: number, gp: Float64Array) => void;

/** A scalar loss node whose backward hands the upstream gradient and pred.grad to `local`. */
export function lossNode(op: string, pred: Tensor, value: number, local: LossBackward): Tensor {
  const data = allocateOutput(1);
  data[0] = value;
  const out: Tensor = Tensor.fromOp(
    data,
    [],
    op,
    [pred],
    needsGrad(pred) ? () => local(out.grad![0]!, pred.grad!) : null,
  );
  return out;
}

/** Mean squared error Σ(p − t)²/N over all N elements. */
export function mse(pred: Tensor, target: Tensor): Tensor {
  checkPair('mse', pred, target);
  const p = pred.data;
  const t = target.data;
  const n = p.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const e = p[i]! - t[i]!;
    s += e * e;
  }
  return lossNode('mse', pred, s / n, (g, gp) => {
    // ∂L/∂pᵢ = 2(pᵢ − tᵢ)/N
    for (let i = 0; i < n; i++) gp[i]! += g * ((2 * (p[i]! - t[i]!)) / n);
  });
}

/** Mean absolute error Σ|p − t|/N (gradient 0 where p = t). */
export function mae(pred: Tensor, target: Tensor): Tensor {
  checkPair('mae', pred, target);
  const p = pred.data;
  const t = target.data;
  const n = p.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.abs(p[i]! - t[i]!);
  return lossNode('mae', pred, s / n, (g, gp) => {
    for (let i = 0; i < n; i++) gp[i]! += g * (Math.sign(p[i]! - t[i]!) / n);
  });
}

/** Huber loss: ½e² for |e| ≤ delta, delta·(|e| − ½delta) beyond, averaged. @default delta 1 */
export function huber(pred: Tensor, target: Tensor, delta = 1): Tensor {
  checkPair('huber', pred, target);
  if (!(delta > 0) || !Number.isFinite(delta)) {
    throw new RangeError(`huber: delta must be a finite number > 0, got ${String(delta)}. Use a value such as 1.`);
  }
  const p = pred.data;
  const t = target.data;
  const n = p.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(p[i]! - t[i]!);
    s += a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
  }
  return lossNode('huber', pred, s / n, (g, gp) => {
    // quadratic inside the band (gradient e), linear outside (gradient ±delta)
    for (let i = 0; i < n; i++) {
      const e = p[i]! - t[i]!;
      gp[i]! += g * ((Math.abs(e) <= delta ? e : delta * Math.sign(e)) / n);
    }
  });
}
