/**
 * Elementwise unary primitives. Each forward is followed by its local derivative, written in terms of the input x
 * or the output y when that is cheaper (tanh' = 1 − y², σ' = y(1 − y)).
 */
import { allocateOutput, needsGrad } from '../autograd.js';
import { detMath } from '../math/det-math.js';
import { Tensor } from '../tensor.js';

type Local = (x: number, y: number) => number;

/** Shared backward: grad_x += grad_y · local(x, y). */
function unaryOp(op: string, x: Tensor, data: Float64Array, local: Local): Tensor {
  const out: Tensor = Tensor.fromOp(
    data,
    x.shape,
    op,
    [x],
    needsGrad(x)
      ? () => {
          const g = out.grad!;
          const gx = x.grad!;
          const xv = x.data;
          for (let i = 0; i < g.length; i++) gx[i]! += g[i]! * local(xv[i]!, data[i]!);
        }
      : null,
  );
  return out;
}

/** −x. */
export function neg(x: Tensor): Tensor {
  const data = allocateOutput(x.size);
  for (let i = 0; i < data.length; i++) data[i] = -x.data[i]!;
  return unaryOp('neg', x, data, () => -1);
}

/** eˣ. */
export function exp(x: Tensor): Tensor {
  const data = allocateOutput(x.size);
  for (let i = 0; i < data.length; i++) data[i] = detMath.exp(x.data[i]!);
  return unaryOp('exp', x, data, (_x, y) => y);
}

/** Natural logarithm. */
export function log(x: Tensor): Tensor {
  const data = allocateOutput(x.size);
  for (let i = 0; i < data.length; i++) data[i] = detMath.log(x.data[i]!);
  return unaryOp('log', x, data, (v) => 1 / v);
}

/** xᵖ for a constant exponent p. */
export function pow(x: Tensor, p: number): Tensor {
  if (typeof p !== 'number' || Number.isNaN(p)) {
    throw new TypeError(`pow: the exponent must be a number, got ${String(p)}. Pass a constant such as 2.`);
  }
  const data = allocateOutput(x.size);
  if (p === 2) for (let i = 0; i < data.length; i++) data[i] = x.data[i]! * x.data[i]!;
  else for (let i = 0; i < data.length; i++) data[i] = detMath.pow(x.data[i]!, p);
  return unaryOp('pow', x, data, p === 2 ? (v) => 2 * v : (v) => p * detMath.pow(v, p - 1));
}

/** Square root. */
export function sqrt(x: Tensor): Tensor {
  const data = allocateOutput(x.size);
  for (let i = 0; i < data.length; i++) data[i] = Math.sqrt(x.data[i]!);
  return unaryOp('sqrt', x, data, (_x, y) => 0.5 / y);
}

/** |x| (derivative 0 at 0). */
export function abs(x: Tensor): Tensor {
  const data = allocateOutput(x.size);
  for (let i = 0; i < data.length; i++) data[i] = Math.abs(x.data[i]!);
  return unaryOp('abs', x, data, (v) => Math.sign(v));
}

/** Hyperbolic tangent. */
export function tanh(x: Tensor): Tensor {
  return activationOp('tanh', x, 0, tanhForward, tanhBackward);
}

/** Logistic sigmoid 1 / (1 + e⁻ˣ), computed without overflow for large |x|. */
export function sigmoid(x: Tensor): Tensor {
  return activationOp('sigmoid', x, 0, sigmoidForward, sigmoidBackward);
}

/** σ(v) evaluated on the side where e^(−|v|) cannot overflow. */
export function sigmoidValue(v: number): number {
  if (v >= 0) return 1 / (1 + detMath.exp(-v));
  const e = detMath.exp(v);
  return e / (1 + e);
}

/** max(0, x) (derivative 0 at 0). */
export function relu(x: Tensor): Tensor {
  return activationOp('relu', x, 0, reluForward, reluBackward);
}

/** x for x > 0, alpha·x otherwise. @default alpha 0.01 */
export function leakyRelu(x: Tensor, alpha = 0.01): Tensor {
  return activationOp('leaky-relu', x, alpha, leakyReluForward, leakyReluBackward);
}

/** y = f(x) elementwise; `a` is the activation's constant (leaky relu's alpha), ignored by the others. */
type ActivationForward = (x: Float64Array, y: Float64Array, a: number) => void;
/** gx += g · f′ (from x or y) elementwise. */
type ActivationBackward = (g: Float64Array, x: Float64Array, y: Float64Array, gx: Float64Array, a: number) => void;

/**
 * The activations layers use, with top-level loops for both directions: V8 compiles each loop once with unboxed
 * doubles, and the backward makes no call per element. They can replay (forwardFn), so a network built only of
 * such ops keeps its graph between steps (see NetworkModel).
 */
function activationOp(
  op: string,
  x: Tensor,
  a: number,
  forward: ActivationForward,
  backward: ActivationBackward,
): Tensor {
  const data = allocateOutput(x.size);
  forward(x.data, data, a);
  const out: Tensor = Tensor.fromOp(
    data,
    x.shape,
    op,
    [x],
    needsGrad(x) ? () => backward(out.grad!, x.data, data, x.grad!, a) : null,
  );
  if (out.backwardFn !== null) out.forwardFn = () => forward(x.data, data, a);
  return out;
}

function tanhForward(x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = detMath.tanh(x[i]!);
}

// tanh′ = 1 − y²
function tanhBackward(g: Float64Array, _x: Float64Array, y: Float64Array, gx: Float64Array): void {
  for (let i = 0; i < g.length; i++) gx[i]! += g[i]! * (1 - y[i]! * y[i]!);
}

function sigmoidForward(x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = sigmoidValue(x[i]!);
}

// σ′ = y(1 − y)
function sigmoidBackward(g: Float64Array, _x: Float64Array, y: Float64Array, gx: Float64Array): void {
  for (let i = 0; i < g.length; i++) gx[i]! += g[i]! * (y[i]! * (1 - y[i]!));
}

function reluForward(x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = Math.max(x[i]!, 0);
}

function reluBackward(g: Float64Array, x: Float64Array, _y: Float64Array, gx: Float64Array): void {
  for (let i = 0; i < g.length; i++) gx[i]! += g[i]! * (x[i]! > 0 ? 1 : 0);
}

function leakyReluForward(x: Float64Array, y: Float64Array, alpha: number): void {
  for (let i = 0; i < y.length; i++) y[i] = x[i]! > 0 ? x[i]! : alpha * x[i]!;
}

function leakyReluBackward(g: Float64Array, x: Float64Array, _y: Float64Array, gx: Float64Array, alpha: number): void {
  for (let i = 0; i < g.length; i++) gx[i]! += g[i]! * (x[i]! > 0 ? 1 : alpha);
}
