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
  const data = allocateOutput(x.size);
  for (let i = 0; i < data.length; i++) data[i] = detMath.tanh(x.data[i]!);
  return unaryOp('tanh', x, data, (_x, y) => 1 - y * y);
}

/** Logistic sigmoid 1 / (1 + e⁻ˣ), computed without overflow for large |x|. */
export function sigmoid(x: Tensor): Tensor {
  const data = allocateOutput(x.size);
  for (let i = 0; i < data.length; i++) data[i] = sigmoidValue(x.data[i]!);
  return unaryOp('sigmoid', x, data, (_x, y) => y * (1 - y));
}

/** σ(v) evaluated on the side where e^(−|v|) cannot overflow. */
export function sigmoidValue(v: number): number {
  if (v >= 0) return 1 / (1 + detMath.exp(-v));
  const e = detMath.exp(v);
  return e / (1 + e);
}

/** max(0, x) (derivative 0 at 0). */
export function relu(x: Tensor): Tensor {
  const data = allocateOutput(x.size);
  for (let i = 0; i < data.length; i++) data[i] = Math.max(x.data[i]!, 0);
  return unaryOp('relu', x, data, (v) => (v > 0 ? 1 : 0));
}

/** x for x > 0, alpha·x otherwise. @default alpha 0.01 */
export function leakyRelu(x: Tensor, alpha = 0.01): Tensor {
  const data = allocateOutput(x.size);
  for (let i = 0; i < data.length; i++) data[i] = x.data[i]! > 0 ? x.data[i]! : alpha * x.data[i]!;
  return unaryOp('leaky-relu', x, data, (v) => (v > 0 ? 1 : alpha));
}
