import { type Dataset, detMath } from '@neuronlab/core';
import { countOption, DEFAULT_SEED, defineGenerator, noiseOption } from '../generator.js';
import { checkEveryClassPresent, sampleClasses } from './classes.js';

/** Options of the `blobs` generator. */
export interface BlobsOptions {
  /** Number of samples, spread evenly over the classes. @default 300 */
  readonly count?: number;
  /** Number of classes (blobs). @default 3 */
  readonly classes?: number;
  /** Standard deviation of each blob. @default 0.15 */
  readonly noise?: number;
  /** The blob centres sit evenly on a circle of this radius. @default 0.6 */
  readonly radius?: number;
}

/** k Gaussian blobs on a circle, one class each, with one-hot targets: the multiclass set. */
export const blobsGenerator = defineGenerator<BlobsOptions>({
  name: 'blobs',
  description: 'k Gaussian blobs on a circle, one class each (multiclass, one-hot targets).',
  task: 'multiclass',
  options: {
    count: countOption(300, 2),
    classes: { type: 'integer', default: 3, min: 2, max: 10, description: 'Number of classes.' },
    noise: noiseOption(0.15, 1, 'Standard deviation of each blob.'),
    radius: { type: 'number', default: 0.6, min: 0, max: 10, description: 'Radius of the circle of centres.' },
  },
  make({ count, classes, noise, radius }, rng) {
    checkEveryClassPresent('blobs', count, classes);
    return sampleClasses(
      count,
      classes,
      rng,
      noise,
      (label) => {
        const angle = (2 * Math.PI * label) / classes;
        return [radius * detMath.cos(angle), radius * detMath.sin(angle)];
      },
      true,
    );
  },
});

/** `classes` Gaussian blobs evenly placed on a circle, one-hot targets; balanced classes. */
export function blobs(options: BlobsOptions = {}, seed = DEFAULT_SEED): Dataset {
  return blobsGenerator.create({ ...options }, seed);
}
