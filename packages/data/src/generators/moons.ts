import { type Dataset, detMath } from '@neuronlab/core';
import { countOption, DEFAULT_SEED, defineGenerator, noiseOption } from '../generator.js';
import { sampleClasses } from './classes.js';

/** Options of the `moons` generator. */
export interface MoonsOptions {
  /** Number of samples, half on each moon. @default 200 */
  readonly count?: number;
  /** Standard deviation of Gaussian jitter on each point. @default 0.05 */
  readonly noise?: number;
}

/** Two interlocking half circles, scaled into [−1, 1] × [−0.5, 0.5]. */
export const moonsGenerator = defineGenerator<MoonsOptions>({
  name: 'moons',
  description: 'Two interlocking half moons (a curved boundary).',
  task: 'binary',
  options: {
    count: countOption(200, 2),
    noise: noiseOption(0.05, 1, 'Standard deviation of Gaussian jitter on each point.'),
  },
  make({ count, noise }, rng) {
    return sampleClasses(count, 2, rng, noise, (label, r) => {
      const angle = r.uniform(0, Math.PI);
      // upper moon centred at (0, 0), lower moon at (1, 0.5) opening upwards; then centre and shrink by 1.5
      const u = label === 0 ? detMath.cos(angle) : 1 - detMath.cos(angle);
      const v = label === 0 ? detMath.sin(angle) : 0.5 - detMath.sin(angle);
      return [(u - 0.5) / 1.5, (v - 0.25) / 1.5];
    });
  },
});

/** Two interlocking half moons, label = moon; balanced classes. */
export function moons(options: MoonsOptions = {}, seed = DEFAULT_SEED): Dataset {
  return moonsGenerator.create({ ...options }, seed);
}
