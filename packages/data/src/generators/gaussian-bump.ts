import { type Dataset, detMath } from '@neuronlab/core';
import { countOption, DEFAULT_SEED, defineGenerator, noiseOption } from '../generator.js';
import { sampleSurface } from './regression.js';

/** Options of the `gaussian-bump` generator: y = height·exp(−(x1² + x2²) / (2·width²)) + ε. */
export interface GaussianBumpOptions {
  /** Number of samples. @default 300 */
  readonly count?: number;
  /** Peak value at the origin. @default 1 */
  readonly height?: number;
  /** Standard deviation of the bump. @default 0.5 */
  readonly width?: number;
  /** Both features are uniform in [−range, range). @default 2 */
  readonly range?: number;
  /** Standard deviation of Gaussian noise on y. @default 0.02 */
  readonly noise?: number;
}

/** A round hill centred on the origin: a surface no plane fits, but a hidden layer can. */
export const gaussianBumpGenerator = defineGenerator<GaussianBumpOptions>({
  name: 'gaussian-bump',
  description: 'A round hill over two features: y = height·exp(−r² / (2·width²)).',
  task: 'regression',
  options: {
    count: countOption(300),
    height: { type: 'number', default: 1, min: -1000, max: 1000, description: 'Peak value at the origin.' },
    width: { type: 'number', default: 0.5, min: 1e-6, max: 1e6, description: 'Standard deviation of the bump.' },
    range: { type: 'number', default: 2, min: 1e-6, max: 1e6, description: 'Features lie in [−range, range).' },
    noise: noiseOption(0.02, 1000, 'Standard deviation of Gaussian noise on y.'),
  },
  make({ count, height, width, range, noise }, rng) {
    const twoVar = 2 * width * width;
    return sampleSurface(count, rng, range, noise, (x1, x2) => height * detMath.exp(-(x1 * x1 + x2 * x2) / twoVar));
  },
});

/** A noisy Gaussian hill y = height·exp(−(x1² + x2²) / (2·width²)) + ε over [−range, range)². */
export function gaussianBump(options: GaussianBumpOptions = {}, seed = DEFAULT_SEED): Dataset {
  return gaussianBumpGenerator.create({ ...options }, seed);
}
