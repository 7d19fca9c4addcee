import type { Dataset } from '@neuronlab/core';
import { countOption, DEFAULT_SEED, defineGenerator, noiseOption } from '../generator.js';
import { sampleClasses } from './classes.js';

/** Options of the `xor` generator. */
export interface XorOptions {
  /** Number of samples, half of each class. @default 200 */
  readonly count?: number;
  /** Standard deviation of Gaussian jitter on each point. @default 0 */
  readonly noise?: number;
  /** Distance kept clear on each side of the axes, so that the quadrants are visibly apart. @default 0.1 */
  readonly margin?: number;
}

/** Label 1 when exactly one coordinate is positive: the classic problem a single neuron cannot solve. */
export const xorGenerator = defineGenerator<XorOptions>({
  name: 'xor',
  description: 'Four quadrants, label 1 where x1 and x2 differ in sign (not linearly separable).',
  task: 'binary',
  options: {
    count: countOption(200, 2),
    noise: noiseOption(0, 1, 'Standard deviation of Gaussian jitter on each point.'),
    margin: { type: 'number', default: 0.1, min: 0, max: 0.9, description: 'Gap kept clear on each side of the axes.' },
  },
  make({ count, noise, margin }, rng) {
    return sampleClasses(count, 2, rng, noise, (label, r) => {
      const s1 = r.next() < 0.5 ? -1 : 1;
      // class 1 puts x2 on the other side of its axis from x1, class 0 on the same side
      const s2 = label === 1 ? -s1 : s1;
      return [s1 * r.uniform(margin, 1), s2 * r.uniform(margin, 1)];
    });
  },
});

/** Points in [−1, 1]², label 1 where x1·x2 < 0; balanced classes. */
export function xor(options: XorOptions = {}, seed = DEFAULT_SEED): Dataset {
  return xorGenerator.create({ ...options }, seed);
}
