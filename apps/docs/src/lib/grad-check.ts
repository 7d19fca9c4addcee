import type { Batch, Neuron } from '@neuronlab/core';

/** One parameter's hand-written gradient next to its central-difference estimate. */
export interface GradComparison {
  readonly name: string;
  /** What the neuron's backward pass computed. */
  readonly analytic: number;
  /** (L(p + h) − L(p − h)) / 2h, from two forward passes. */
  readonly numeric: number;
  /** |analytic − numeric| / max(|analytic|, |numeric|, tiny). */
  readonly relError: number;
}

/** A relative error above this means the hand-written gradient is wrong, not just rounded. */
export const REL_ERROR_LIMIT = 1e-6;

/**
 * Compares the neuron's gradients of w and b with central differences at its current parameters, restoring them
 * afterwards. The step h is relative to each parameter so it is neither lost in rounding nor too coarse.
 */
export function checkNeuronGradients(neuron: Neuron, batch: Batch): GradComparison[] {
  const w = neuron.w;
  const b = neuron.b;
  neuron.lossAndGrad(batch);
  const [pw, pb] = neuron.params();
  const analytic = [pw!.grad[0]!, pb!.grad[0]!];
  const at = (ww: number, bb: number) => {
    neuron.setParams(ww, bb);
    return neuron.evaluate(batch);
  };
  const hw = 1e-5 * Math.max(1, Math.abs(w));
  const hb = 1e-5 * Math.max(1, Math.abs(b));
  const numeric = [(at(w + hw, b) - at(w - hw, b)) / (2 * hw), (at(w, b + hb) - at(w, b - hb)) / (2 * hb)];
  neuron.setParams(w, b);
  return ['w', 'b'].map((name, k) => {
    const a = analytic[k]!;
    const n = numeric[k]!;
    return { name, analytic: a, numeric: n, relError: Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), 1e-12) };
  });
}
