import type { Dataset } from '@neuronlab/core';
import { countOption, DEFAULT_SEED, defineGenerator, noiseOption } from '../generator.js';

/** Options of the `celsius` generator. */
export interface CelsiusOptions {
  /** First Celsius value; the samples are start, start + 1, … @default -50 */
  readonly start?: number;
  /** Number of samples, one degree apart. @default 100 */
  readonly count?: number;
  /** Standard deviation of Gaussian noise added to each Fahrenheit value. @default 0 */
  readonly noise?: number;
}

/** The tutorial's data: Celsius in, Fahrenheit out, y = x·9/5 + 32. */
export const celsiusGenerator = defineGenerator<CelsiusOptions>({
  name: 'celsius',
  description: 'The tutorial: Celsius → Fahrenheit, y = 1.8x + 32 on x = −50 … 49.',
  task: 'regression',
  options: {
    start: { type: 'number', default: -50, min: -1e6, max: 1e6, description: 'First Celsius value.' },
    count: countOption(100),
    noise: noiseOption(0, 1000, 'Standard deviation of Gaussian noise on y, in °F.'),
  },
  make({ start, count, noise }, rng) {
    const x = new Float64Array(count);
    const y = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      x[i] = start + i;
      // written as (x·9)/5 + 32 so the default data is exactly the tutorial's (49 → 120.2)
      y[i] = (x[i]! * 9) / 5 + 32 + (noise > 0 ? rng.normal(0, noise) : 0);
    }
    return { x, y, inputDim: 1, outputDim: 1, featureNames: ['celsius'], targetNames: ['fahrenheit'] };
  },
  seedless: ({ noise }) => noise === 0,
  columns: { features: [{ symbol: 'C', unit: '°C' }], targets: [{ symbol: 'F', unit: '°F' }] },
  // the relation make() samples; 9/5 is the double nearest 1.8, so this is exactly y = 1.8·x + 32
  truth: ({ noise }) => ({ weights: [9 / 5], bias: 32, exact: noise === 0 }),
});

/** The tutorial's data: x = −50, −49, …, 49 °C and y = x·9/5 + 32 °F (noise-free unless `noise` is set). */
export function celsius(options: CelsiusOptions = {}, seed = DEFAULT_SEED): Dataset {
  return celsiusGenerator.create({ ...options }, seed);
}
