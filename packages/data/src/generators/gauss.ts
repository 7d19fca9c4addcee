import type { Dataset } from '@neuronlab/core';
import { countOption, DEFAULT_SEED, defineGenerator, noiseOption } from '../generator.js';
import { sampleClasses } from './classes.js';

/** Options of the `gauss` generator. */
export interface GaussOptions {
  /** Number of samples, half of each class. @default 200 */
  readonly count?: number;
  /** Standard deviation of each blob. @default 0.2 */
  readonly noise?: number;
  /** Class 1 is centred at (distance, distance), class 0 at (−distance, −distance). @default 0.5 */
  readonly distance?: number;
}

/** Two Gaussian blobs on the diagonal: the linearly separable warm-up. */
export const gaussGenerator = defineGenerator<GaussOptions>({
  name: 'gauss',
  description: 'Two Gaussian blobs on the diagonal (linearly separable).',
  task: 'binary',
  options: {
    count: countOption(200, 2),
    noise: noiseOption(0.2, 1, 'Standard deviation of each blob.'),
    distance: { type: 'number', default: 0.5, min: 0, max: 10, description: 'Centre offset of each blob.' },
  },
  make({ count, noise, distance }, rng) {
    return sampleClasses(count, 2, rng, noise, (label) => {
      const c = label === 1 ? distance : -distance;
      return [c, c];
    });
  },
});

/** Two Gaussian blobs centred at ±(distance, distance), label 1 on the positive side; balanced classes. */
export function gauss(options: GaussOptions = {}, seed = DEFAULT_SEED): Dataset {
  return gaussGenerator.create({ ...options }, seed);
}
