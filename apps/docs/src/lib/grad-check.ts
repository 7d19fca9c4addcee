import { type Batch, gradCheck, type Neuron } from '@neuronlab/core';

/** One parameter's hand-written gradient next to its central-difference estimate. */
export interface GradComparison {
  readonly name: string;
  /** What the neuron's backward pass computed. */
  readonly analytic: number;
  /** (L(p + h) − L(p − h)) / 2h, from two forward passes. */
  readonly numeric: number;
  /** |analytic − numeric| / max(|analytic|, |numeric|, floor). */
  readonly relError: number;
  /** True when the relative error is within core's tolerance. */
  readonly passed: boolean;
}

/**
 * Runs core's `gradCheck` on the neuron at its current parameters (it restores them bit for bit) and returns one row
 * per parameter for the demo's table.
 */
export function checkNeuronGradients(neuron: Neuron, batch: Batch): GradComparison[] {
  // The MSE is quadratic, so central differences have no truncation error and a large step only cuts rounding:
  // with core's default step (1e-6) a correct but small gradient late in training (|∂L/∂w| ≈ 5e-3 against a loss
  // of ≈ 20) already shows a rounding error above the 1e-6 tolerance.
  const result = gradCheck(neuron, batch, { epsilon: 1e-4 });
  return result.params.map((p) => ({
    name: p.name,
    analytic: p.analytic,
    numeric: p.numeric,
    relError: p.worstRelativeError,
    passed: p.passed,
  }));
}
