import { type Dataset, detMath } from '@neuronlab/core';
import { countOption, DEFAULT_SEED, defineGenerator, noiseOption } from '../generator.js';
import { checkInterval, sampleCurve } from './regression.js';

/** Options of the `sine` generator: y = amplitude·sin(frequency·x + phase) + ε. */
export interface SineOptions {
  /** Number of samples. @default 200 */
  readonly count?: number;
  /** Height of the wave. @default 1 */
  readonly amplitude?: number;
  /** Angular frequency (radians per unit of x). @default 1 */
  readonly frequency?: number;
  /** Phase shift in radians. @default 0 */
  readonly phase?: number;
  /** Smallest x. @default -π */
  readonly xMin?: number;
  /** Largest x (exclusive). @default π */
  readonly xMax?: number;
  /** Standard deviation of Gaussian noise on y. @default 0.05 */
  readonly noise?: number;
}

/** A noisy sine wave, the classic curve a single neuron cannot fit but a small network can. */
export const sineGenerator = defineGenerator<SineOptions>({
  name: 'sine',
  description: 'A noisy sine wave: y = amplitude·sin(frequency·x + phase).',
  task: 'regression',
  options: {
    count: countOption(200),
    amplitude: { type: 'number', default: 1, min: -1000, max: 1000, description: 'Height of the wave.' },
    frequency: { type: 'number', default: 1, min: -1000, max: 1000, description: 'Radians per unit of x.' },
    phase: { type: 'number', default: 0, min: -1000, max: 1000, description: 'Phase shift in radians.' },
    xMin: { type: 'number', default: -Math.PI, min: -1e6, max: 1e6, description: 'Smallest x.' },
    xMax: { type: 'number', default: Math.PI, min: -1e6, max: 1e6, description: 'Largest x.' },
    noise: noiseOption(0.05, 1000, 'Standard deviation of Gaussian noise on y.'),
  },
  make({ count, amplitude, frequency, phase, xMin, xMax, noise }, rng) {
    checkInterval('sine', 'xMin', xMin, 'xMax', xMax);
    return sampleCurve(count, rng, [xMin, xMax], noise, (x) => amplitude * detMath.sin(frequency * x + phase));
  },
});

/** A noisy sine wave y = amplitude·sin(frequency·x + phase) + ε with x uniform in [xMin, xMax). */
export function sine(options: SineOptions = {}, seed = DEFAULT_SEED): Dataset {
  return sineGenerator.create({ ...options }, seed);
}
