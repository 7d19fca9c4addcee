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

/**
 * Mean squared error Σ(p − t)²/N over all N elements. Fused: when a gradient is needed, the same pass over the
 * samples also stores ∂L/∂pᵢ = 2(pᵢ − tᵢ)/N, so backward costs at most one multiply-add per element (none when the
 * loss is the root and the only consumer of its input, see savedGradientNode).
 */
export function mse(pred: Tensor, target: Tensor): Tensor {
  checkPair('mse', pred, target);
  const p = pred.data;
  const t = target.data;
  const n = p.length;
  if (!needsGrad(pred)) return lossNode('mse', pred, squaredErrorSum(p, t, n) / n, noBackward);
  return savedGradientNode('mse', pred, (dp) => squaredErrorSumAndGrad(p, t, n, dp) / n);
}

/** Σ(pᵢ − tᵢ)², in element order. */
function squaredErrorSum(p: Float64Array, t: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const e = p[i]! - t[i]!;
    s += e * e;
  }
  return s;
}

/**
 * Σ(pᵢ − tᵢ)² (same order as squaredErrorSum), writing dp[i] = 2(pᵢ − tᵢ)/N on the way. The `+ 0` turns a −0 into
 * +0, so dp equals what accumulating into a zeroed gradient gives (0 + dpᵢ) and can be handed over as one.
 */
function squaredErrorSumAndGrad(p: Float64Array, t: Float64Array, n: number, dp: Float64Array): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const e = p[i]! - t[i]!;
    s += e * e;
    dp[i] = (2 * e) / n + 0;
  }
  return s;
}

/**
 * A scalar loss node of `pred` that keeps ∂L/∂pred from its forward pass (`forward` fills the buffer it is given and
 * returns the loss) in `saved`, recycled with the graph; forwardFn recomputes both for replays. Backward:
 * - pred has other consumers, or is a leaf: adds g·dp into pred.grad;
 * - this loss is pred's only consumer (pred.grad is not zeroed then) and g = 1, as for the root: dp already is the
 *   gradient, so the buffers trade places, pred.grad = dp and the old grad buffer takes the next forward's dp, with
 *   no pass over the elements; a later backward on the same graph without a new forward recomputes dp first;
 * - only consumer with another g: writes g·dp.
 */
export function savedGradientNode(op: string, pred: Tensor, forward: (dp: Float64Array) => number): Tensor {
  const data = allocateOutput(1);
  let dp = allocateOutput(pred.size);
  data[0] = forward(dp);
  // true once dp was handed to pred.grad, until a forward refills it
  let handedOver = false;
  const out: Tensor = Tensor.fromOp(data, [], op, [pred], () => {
    if (handedOver) out.forwardFn!();
    const g = out.grad![0]!;
    const gp = pred.grad!;
    if (!pred.gradOverwritten) addScaled(dp, g, gp, dp.length);
    else if (g !== 1) writeScaled(dp, g, gp, dp.length);
    else {
      pred.grad = dp;
      dp = gp;
      out.saved = dp;
      handedOver = true;
    }
  });
  out.saved = dp;
  out.writesInputGrad = true;
  out.forwardFn = () => {
    data[0] = forward(dp);
    handedOver = false;
  };
  return out;
}

/** gp[i] += g·dp[i]; a top-level loop, so V8 compiles it once with unboxed doubles. */
function addScaled(dp: Float64Array, g: number, gp: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) gp[i]! += g * dp[i]!;
}

/** gp[i] = 0 + g·dp[i]: what addScaled leaves in a zeroed gp (the 0 + turns −0 into +0 alike), in one pass. */
function writeScaled(dp: Float64Array, g: number, gp: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) gp[i] = 0 + g * dp[i]!;
}

const noBackward: LossBackward = () => {};

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
