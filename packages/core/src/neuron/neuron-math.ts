/**
 * The tutorial's neuron, step by step: `out = x·w + b`, mean squared error, and the hand-derived gradients.
 *
 * Every sum runs over the samples in order, in float64, so the numbers match any other language that does the same
 * arithmetic in the same order (see packages/core/reference/neuron_reference.py).
 */

/** Which weight gradient to use: the correct one, or the tutorial's published mistake (output in place of input). */
export type NeuronGradient = 'correct' | 'tutorial-mistake';

/** The gradients of the mean squared error with respect to the neuron's weight and bias. */
export interface NeuronGradients {
  /** ∂L/∂w */
  readonly dw: number;
  /** ∂L/∂b */
  readonly db: number;
}

/** Forward pass: every output at once, `outᵢ = xᵢ·w + b`. Writes into `out` when given (length ≥ n). */
export function neuronForward(x: Float64Array, w: number, b: number, n = x.length, out = new Float64Array(n)) {
  for (let i = 0; i < n; i++) out[i] = x[i]! * w + b;
  return out;
}

/** Mean squared error: Σ(outᵢ − yᵢ)² / N, summed in sample order. */
export function meanSquaredError(out: Float64Array, y: Float64Array, n = out.length): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = out[i]! - y[i]!;
    sum += e * e;
  }
  return sum / n;
}

/**
 * Backward pass with the chain rule, in the order the tutorial derives it:
 * first ∂L/∂outᵢ = 2(outᵢ − yᵢ)/N, then ∂L/∂w = Σ ∂L/∂outᵢ · xᵢ and ∂L/∂b = Σ ∂L/∂outᵢ.
 *
 * With `gradient: 'tutorial-mistake'` the weight gradient multiplies by outᵢ instead of xᵢ, as the published code
 * does: it still moves the weight, but towards the wrong place, and a gradient check catches it.
 */
export function neuronBackward(
  x: Float64Array,
  y: Float64Array,
  out: Float64Array,
  n = out.length,
  gradient: NeuronGradient = 'correct',
): NeuronGradients {
  const mistake = gradient === 'tutorial-mistake';
  let dw = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    const dOut = (2 * (out[i]! - y[i]!)) / n; // ∂L/∂outᵢ
    dw += dOut * (mistake ? out[i]! : x[i]!); // ∂L/∂w = Σ ∂L/∂outᵢ · xᵢ
    db += dOut; // ∂L/∂b = Σ ∂L/∂outᵢ · 1
  }
  return { dw, db };
}

/**
 * Forward, MSE and backward in one pass over the samples, for training speed. Each sum receives the same terms in
 * the same order as neuronForward → meanSquaredError → neuronBackward, so the results are bit-identical to them
 * (a test checks it); read those three to follow the math. Writes ∂L/∂w and ∂L/∂b into `grads` (an array, not a
 * returned object: this runs every step) and returns the loss.
 */
export function neuronLossAndGrad(
  x: Float64Array,
  y: Float64Array,
  w: number,
  b: number,
  n: number,
  gradient: NeuronGradient,
  grads: { dw: Float64Array; db: Float64Array },
): number {
  if (gradient === 'tutorial-mistake') return mistakenLossAndGrad(x, y, w, b, n, grads);
  let sum = 0;
  let dw = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const e = xi * w + b - y[i]!;
    sum += e * e;
    const dOut = (2 * e) / n;
    dw += dOut * xi;
    db += dOut;
  }
  grads.dw[0] = dw;
  grads.db[0] = db;
  return sum / n;
}

/** neuronLossAndGrad with the tutorial's weight gradient Σ ∂L/∂outᵢ · outᵢ; its own loop keeps the correct one tight. */
function mistakenLossAndGrad(
  x: Float64Array,
  y: Float64Array,
  w: number,
  b: number,
  n: number,
  grads: { dw: Float64Array; db: Float64Array },
): number {
  let sum = 0;
  let dw = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    const out = x[i]! * w + b;
    const e = out - y[i]!;
    sum += e * e;
    const dOut = (2 * e) / n;
    dw += dOut * out;
    db += dOut;
  }
  grads.dw[0] = dw;
  grads.db[0] = db;
  return sum / n;
}

/** The MSE of `x·w + b` against y without storing the outputs (same sums as meanSquaredError). */
export function neuronLoss(x: Float64Array, y: Float64Array, w: number, b: number, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = x[i]! * w + b - y[i]!;
    sum += e * e;
  }
  return sum / n;
}
