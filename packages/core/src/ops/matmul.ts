/**
 * Matrix products: `matmul` (2-D) and `linear`, the fused x·W + b that dense layers use so a layer costs one graph
 * node and one output buffer. Both delegate the arithmetic to the shared kernel.
 */
import { allocateOutput, needsGrad } from '../autograd.js';
import { ShapeError } from '../errors.js';
import { matmulInto } from '../kernels/matmul.js';
import { fmt, Tensor } from '../tensor.js';

// Hoisted so the hot path allocates no option objects.
const ACCUMULATE_TB = { transposeB: true, accumulate: true } as const;
const ACCUMULATE_TA = { transposeA: true, accumulate: true } as const;

/** a (m×k) · b (k×n) → m×n. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.rank !== 2 || b.rank !== 2) {
    throw new ShapeError(
      `matmul: both operands must be 2-D, got ${fmt(a.shape)} and ${fmt(b.shape)}. Reshape them first.`,
    );
  }
  const [m, k] = a.shape as [number, number];
  const [k2, n] = b.shape as [number, number];
  if (k !== k2) {
    throw new ShapeError(`matmul: inner dimensions must match, got ${fmt(a.shape)} and ${fmt(b.shape)}.`);
  }
  const data = matmulInto(a.data, b.data, allocateOutput(m * n), m, k, n);
  const out: Tensor = Tensor.fromOp(
    data,
    [m, n],
    'matmul',
    [a, b],
    needsGrad(a, b)
      ? () => {
          const g = out.grad!;
          // ∂L/∂a = g · bᵀ, ∂L/∂b = aᵀ · g
          if (a.requiresGrad) matmulInto(g, b.data, a.grad!, m, n, k, ACCUMULATE_TB);
          if (b.requiresGrad) matmulInto(a.data, g, b.grad!, k, m, n, ACCUMULATE_TA);
        }
      : null,
  );
  return out;
}

/** x (n×in) · w (in×out) + b (out), fused: the dense layer's pre-activation. */
export function linear(x: Tensor, w: Tensor, b: Tensor): Tensor {
  if (x.rank !== 2 || w.rank !== 2 || b.rank !== 1 || x.shape[1] !== w.shape[0] || b.shape[0] !== w.shape[1]) {
    throw new ShapeError(
      `linear: expected x [n,in], w [in,out], b [out], got ${fmt(x.shape)}, ${fmt(w.shape)} and ${fmt(b.shape)}. ` +
        'Check the layer input size.',
    );
  }
  const n = x.shape[0]!;
  const k = x.shape[1]!;
  const units = w.shape[1]!;
  const data = allocateOutput(n * units);
  linearForward(x.data, w.data, b.data, data, n, k, units);
  const out: Tensor = Tensor.fromOp(
    data,
    [n, units],
    'linear',
    [x, w, b],
    needsGrad(x, w, b)
      ? () => {
          const g = out.grad!;
          // ∂L/∂x = g · wᵀ, ∂L/∂w = xᵀ · g, ∂L/∂b = column sums of g
          if (x.requiresGrad) matmulInto(g, w.data, x.grad!, n, units, k, ACCUMULATE_TB);
          if (w.requiresGrad) matmulInto(x.data, g, w.grad!, k, n, units, ACCUMULATE_TA);
          if (b.requiresGrad) addColumnSums(g, b.grad!, n, units);
        }
      : null,
  );
  if (out.backwardFn !== null) out.forwardFn = () => linearForward(x.data, w.data, b.data, data, n, k, units);
  return out;
}

const ACCUMULATE = { accumulate: true } as const;

/** out (n×units) = x (n×k) · w (k×units) + bias, each row starting from the bias. */
function linearForward(
  x: Float64Array,
  w: Float64Array,
  bias: Float64Array,
  out: Float64Array,
  n: number,
  k: number,
  units: number,
): void {
  for (let i = 0; i < n; i++) for (let j = 0; j < units; j++) out[i * units + j] = bias[j]!;
  matmulInto(x, w, out, n, k, units, ACCUMULATE);
}

/** out[j] += Σᵢ g[i, j] for g of n rows × units columns. */
function addColumnSums(g: Float64Array, out: Float64Array, n: number, units: number): void {
  for (let i = 0; i < n; i++) for (let j = 0; j < units; j++) out[j]! += g[i * units + j]!;
}
