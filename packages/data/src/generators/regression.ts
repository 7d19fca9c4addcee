import type { Rng } from '@neuronlab/core';
import type { GeneratedColumns } from '../generator.js';

/** Throws a RangeError unless low < high; `what` names the pair for the message. */
export function checkInterval(dataset: string, lowName: string, low: number, highName: string, high: number): void {
  if (!(low < high)) {
    throw new RangeError(
      `generateDataset: option "${lowName}" of "${dataset}" must be below "${highName}", got ${low} and ${high}. ` +
        `Swap them or widen the interval.`,
    );
  }
}

/** One-feature regression: x uniform in [xMin, xMax), y = f(x) plus Gaussian noise of standard deviation `noise`. */
export function sampleCurve(
  count: number,
  rng: Rng,
  interval: readonly [number, number],
  noise: number,
  f: (x: number) => number,
): GeneratedColumns {
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const xi = rng.uniform(interval[0], interval[1]);
    x[i] = xi;
    y[i] = f(xi) + (noise > 0 ? rng.normal(0, noise) : 0);
  }
  return { x, y, inputDim: 1, outputDim: 1, featureNames: ['x'], targetNames: ['y'] };
}

/** Two-feature regression: (x1, x2) uniform in [−range, range)², y = f(x1, x2) plus Gaussian noise. */
export function sampleSurface(
  count: number,
  rng: Rng,
  range: number,
  noise: number,
  f: (x1: number, x2: number) => number,
): GeneratedColumns {
  const x = new Float64Array(count * 2);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const x1 = rng.uniform(-range, range);
    const x2 = rng.uniform(-range, range);
    x[2 * i] = x1;
    x[2 * i + 1] = x2;
    y[i] = f(x1, x2) + (noise > 0 ? rng.normal(0, noise) : 0);
  }
  return { x, y, inputDim: 2, outputDim: 1, featureNames: ['x1', 'x2'], targetNames: ['y'] };
}
