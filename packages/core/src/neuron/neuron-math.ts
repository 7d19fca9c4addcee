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
  dw: number;
  /** ∂L/∂b */
  db: number;
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

/** One sample's ∂L/∂outᵢ = 2(outᵢ − yᵢ)/N: the first link of the chain rule, shared by backward and `traceStep`. */
export function outputGradient(out: number, y: number, n: number): number {
  return (2 * (out - y)) / n;
}

/**
 * Backward pass with the chain rule, in the order the tutorial derives it:
 * first ∂L/∂outᵢ = 2(outᵢ − yᵢ)/N, then ∂L/∂w = Σ ∂L/∂outᵢ · xᵢ and ∂L/∂b = Σ ∂L/∂outᵢ.
 *
 * With `gradient: 'tutorial-mistake'` the weight gradient multiplies by outᵢ instead of xᵢ, as the published code
 * does: it still moves the weight, but towards the wrong place, and a gradient check catches it.
 * Writes into `grads` when given (a trainer reuses one object every step), and returns it.
 */
export function neuronBackward(
  x: Float64Array,
  y: Float64Array,
  out: Float64Array,
  n = out.length,
  gradient: NeuronGradient = 'correct',
  grads: NeuronGradients = { dw: 0, db: 0 },
): NeuronGradients {
  // the mistake multiplies by the output where the chain rule multiplies by the input
  const factor = gradient === 'tutorial-mistake' ? out : x;
  let dw = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    const dOut = outputGradient(out[i]!, y[i]!, n);
    dw += dOut * factor[i]!; // ∂L/∂w = Σ ∂L/∂outᵢ · xᵢ
    db += dOut; // ∂L/∂b = Σ ∂L/∂outᵢ · 1
  }
  grads.dw = dw;
  grads.db = db;
  return grads;
}
