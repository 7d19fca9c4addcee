import type { Dataset } from '@neuronlab/core';
import { countOption, DEFAULT_SEED, defineGenerator, noiseOption } from '../generator.js';
import { sampleSurface } from './regression.js';

/** Options of the `plane` generator: y = w1·x1 + w2·x2 + bias + ε. */
export interface PlaneOptions {
  /** Number of samples. @default 200 */
  readonly count?: number;
  /** Weight of x1. @default 1 */
  readonly w1?: number;
  /** Weight of x2. @default -2 */
  readonly w2?: number;
  /** Constant term. @default 0.5 */
  readonly bias?: number;
  /** Both features are uniform in [−range, range). @default 1 */
  readonly range?: number;
  /** Standard deviation of Gaussian noise on y. @default 0.05 */
  readonly noise?: number;
}

/** A tilted plane over two features: exactly what one neuron with two inputs can represent. */
export const planeGenerator = defineGenerator<PlaneOptions>({
  name: 'plane',
  description: 'A noisy plane over two features: y = w1·x1 + w2·x2 + bias.',
  task: 'regression',
  options: {
    count: countOption(200),
    w1: { type: 'number', default: 1, min: -1000, max: 1000, description: 'Weight of x1.' },
    w2: { type: 'number', default: -2, min: -1000, max: 1000, description: 'Weight of x2.' },
    bias: { type: 'number', default: 0.5, min: -1000, max: 1000, description: 'Constant term.' },
    range: { type: 'number', default: 1, min: 1e-6, max: 1e6, description: 'Features lie in [−range, range).' },
    noise: noiseOption(0.05, 1000, 'Standard deviation of Gaussian noise on y.'),
  },
  make({ count, w1, w2, bias, range, noise }, rng) {
    return sampleSurface(count, rng, range, noise, (x1, x2) => w1 * x1 + w2 * x2 + bias);
  },
  truth: ({ w1, w2, bias, noise }) => ({ weights: [w1, w2], bias, exact: noise === 0 }),
});

/** A noisy plane y = w1·x1 + w2·x2 + bias + ε over (x1, x2) uniform in [−range, range)². */
export function plane(options: PlaneOptions = {}, seed = DEFAULT_SEED): Dataset {
  return planeGenerator.create({ ...options }, seed);
}
