/**
 * A tensor-level gradient checker for tests: compares backward() with central differences of a scalar projection
 * Σ wᵢ·f(x)ᵢ (fixed pseudo-random weights make every output element matter).
 */
import { noGrad } from './autograd.js';
import { mul } from './ops/arithmetic.js';
import { sum } from './ops/reduce.js';
import { Rng } from './rng.js';
import { Tensor } from './tensor.js';

export interface GradCheckResult {
  /** Largest |analytic − numeric| / max(1, |numeric|) over all inputs and elements. */
  readonly maxError: number;
}

/** Runs f on fresh leaf copies of `inputs` and compares gradients; returns the worst relative error. */
export function checkGradients(f: (...xs: Tensor[]) => Tensor, inputs: Tensor[], eps = 1e-6): GradCheckResult {
  const leaves = inputs.map((t) => new Tensor(Float64Array.from(t.data), t.shape, { requiresGrad: true }));
  const first = f(...leaves);
  const rng = new Rng(99);
  const weights = new Tensor(
    Float64Array.from({ length: first.size }, () => rng.uniform(0.5, 1.5)),
    first.shape,
  );
  const project = (): number => noGrad(() => sum(mul(f(...leaves), weights)).item());
  sum(mul(first, weights)).backward();
  let maxError = 0;
  for (const leaf of leaves) {
    for (let i = 0; i < leaf.size; i++) {
      const saved = leaf.data[i]!;
      leaf.data[i] = saved + eps;
      const up = project();
      leaf.data[i] = saved - eps;
      const down = project();
      leaf.data[i] = saved;
      const numeric = (up - down) / (2 * eps);
      const error = Math.abs(leaf.grad![i]! - numeric) / Math.max(1, Math.abs(numeric));
      maxError = Math.max(maxError, error);
    }
  }
  return { maxError };
}

/** A tensor of the given shape with values uniform in [low, high) from a seeded stream. */
export function randomTensor(shape: readonly number[], seed: number, low = -2, high = 2): Tensor {
  const rng = new Rng(seed);
  const size = shape.reduce((p, d) => p * d, 1);
  return new Tensor(
    Float64Array.from({ length: size }, () => rng.uniform(low, high)),
    shape,
  );
}
