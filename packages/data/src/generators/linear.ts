import type { Dataset } from '@neuronlab/core';
import { countOption, DEFAULT_SEED, defineGenerator, noiseOption } from '../generator.js';
import { checkInterval, sampleCurve } from './regression.js';

/** Options of the `linear` generator. */
export interface LinearOptions {
  /** Number of samples. @default 100 */
  readonly count?: number;
  /** The a in y = a·x + b. @default 2 */
  readonly slope?: number;
  /** The b in y = a·x + b. @default 1 */
  readonly intercept?: number;
  /** Smallest x. @default -1 */
  readonly xMin?: number;
  /** Largest x (exclusive). @default 1 */
  readonly xMax?: number;
  /** Standard deviation of Gaussian noise on y. @default 0.1 */
  readonly noise?: number;
}

/** A straight line with noise: y = a·x + b + ε. */
export const linearGenerator = defineGenerator<LinearOptions>({
  name: 'linear',
  description: 'A noisy straight line: y = slope·x + intercept + noise.',
  task: 'regression',
  options: {
    count: countOption(100),
    slope: { type: 'number', default: 2, min: -1000, max: 1000, description: 'The a in y = a·x + b.' },
    intercept: { type: 'number', default: 1, min: -1000, max: 1000, description: 'The b in y = a·x + b.' },
    xMin: { type: 'number', default: -1, min: -1e6, max: 1e6, description: 'Smallest x.' },
    xMax: { type: 'number', default: 1, min: -1e6, max: 1e6, description: 'Largest x.' },
    noise: noiseOption(0.1, 1000, 'Standard deviation of Gaussian noise on y.'),
  },
  make({ count, slope, intercept, xMin, xMax, noise }, rng) {
    checkInterval('linear', 'xMin', xMin, 'xMax', xMax);
    return sampleCurve(count, rng, [xMin, xMax], noise, (x) => slope * x + intercept);
  },
  truth: ({ slope, intercept, noise }) => ({ weights: [slope], bias: intercept, exact: noise === 0 }),
});

/** A noisy straight line y = slope·x + intercept + ε with x uniform in [xMin, xMax). */
export function linear(options: LinearOptions = {}, seed = DEFAULT_SEED): Dataset {
  return linearGenerator.create({ ...options }, seed);
}
