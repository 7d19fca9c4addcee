import { type Dataset, detMath } from '@neuronlab/core';
import { countOption, DEFAULT_SEED, defineGenerator, noiseOption } from '../generator.js';
import { sampleClasses } from './classes.js';

/** Options of the `circles` generator. */
export interface CirclesOptions {
  /** Number of samples, half of each class. @default 200 */
  readonly count?: number;
  /** Standard deviation of Gaussian jitter on each point. @default 0 */
  readonly noise?: number;
}

/** Class 1 fills a disc of radius 0.5, class 0 a ring from radius 0.7 to 1 around it. */
export const circlesGenerator = defineGenerator<CirclesOptions>({
  name: 'circles',
  description: 'A disc (label 1) inside a ring (label 0): separable only by a closed curve.',
  task: 'binary',
  options: {
    count: countOption(200, 2),
    noise: noiseOption(0, 1, 'Standard deviation of Gaussian jitter on each point.'),
  },
  make({ count, noise }, rng) {
    return sampleClasses(count, 2, rng, noise, (label, r) => {
      const radius = label === 1 ? r.uniform(0, 0.5) : r.uniform(0.7, 1);
      const angle = r.uniform(0, 2 * Math.PI);
      return [radius * detMath.cos(angle), radius * detMath.sin(angle)];
    });
  },
});

/** A disc of label 1 inside a ring of label 0; balanced classes. */
export function circles(options: CirclesOptions = {}, seed = DEFAULT_SEED): Dataset {
  return circlesGenerator.create({ ...options }, seed);
}
