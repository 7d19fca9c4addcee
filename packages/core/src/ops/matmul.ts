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
  if (k === 1 && units === 1) return scalarLinear(x, w, b);
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
  // one flat loop over every entry (j follows the column), so a single unit costs no inner loop of length 1
  for (let e = 0, j = 0; e < n * units; e++) {
    out[e] = bias[j]!;
    if (++j === units) j = 0;
  }
  matmulInto(x, w, out, n, k, units, ACCUMULATE);
}

/**
 * `linear` for one input and one unit (the tutorial's 1→1 twin): one flat loop forward and one backward, where the
 * general path runs two each (bias, then product) through matmulInto's checks, which for 100 multiply-adds cost
 * more than the arithmetic (see packages/bench results, case 1, the autodiff twin rows). Same operations in the same
 * order as the general path, so the results are identical (network-model.test.ts checks the twin against the
 * neuron).
 */
function scalarLinear(x: Tensor, w: Tensor, b: Tensor): Tensor {
  const n = x.size;
  const xv = x.data;
  // the weight used by ∂L/∂x is the one of the latest forward (a replay updates it)
  let w0 = w.data[0]!;
  const data = allocateOutput(n);
  scalarLinearForward(xv, w0, b.data[0]!, data, n);
  const out: Tensor = Tensor.fromOp(
    data,
    [n, 1],
    'linear',
    [x, w, b],
    needsGrad(x, w, b)
      ? () => {
          const g = out.grad!;
          if (x.requiresGrad) addScaled(g, w0, x.grad!, n);
          // ∂L/∂w = Σ gᵢ·xᵢ and ∂L/∂b = Σ gᵢ, summed in sample order (w and b always have a grad buffer here:
          // this closure only exists when one of x, w, b requires grad, and the unused one gets a scratch cell)
          scalarLinearBackward(xv, g, w.grad ?? SCRATCH, b.grad ?? SCRATCH, n);
        }
      : null,
  );
  if (out.backwardFn !== null) {
    out.forwardFn = () => {
      w0 = w.data[0]!;
      scalarLinearForward(xv, w0, b.data[0]!, data, n);
    };
  }
  return out;
}

/** out[i] = b + x[i]·w. */
function scalarLinearForward(x: Float64Array, w: number, b: number, out: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = b + x[i]! * w;
}

// Hot loops live in top-level functions with typed parameters rather than inside the backward closures: V8 then
// compiles each loop once with unboxed doubles (a closure loop whose accumulator started as `a?.[0] ?? 0` boxed a
// HeapNumber per element, ~60 bytes of garbage per sample per step).
const SCRATCH = new Float64Array(1);

/** gw[0] += Σ xᵢ·gᵢ and gb[0] += Σ gᵢ, in sample order. */
function scalarLinearBackward(x: Float64Array, g: Float64Array, gw: Float64Array, gb: Float64Array, n: number): void {
  let sw = gw[0]!;
  let sb = gb[0]!;
  for (let i = 0; i < n; i++) {
    sw += x[i]! * g[i]!;
    sb += g[i]!;
  }
  gw[0] = sw;
  gb[0] = sb;
}

/** out[i] += g[i]·s. */
function addScaled(g: Float64Array, s: number, out: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) out[i]! += g[i]! * s;
}

/** out[j] += Σᵢ g[i, j] for g of n rows × units columns. */
function addColumnSums(g: Float64Array, out: Float64Array, n: number, units: number): void {
  // flat, like linearForward's bias loop; each column still sums its rows in order
  for (let e = 0, j = 0; e < n * units; e++) {
    out[j]! += g[e]!;
    if (++j === units) j = 0;
  }
}
