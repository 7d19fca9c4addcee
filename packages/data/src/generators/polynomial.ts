import type { Dataset } from '@neuronlab/core';
import { countOption, DEFAULT_SEED, defineGenerator, noiseOption } from '../generator.js';
import { checkInterval, sampleCurve } from './regression.js';

/** Options of the `polynomial` generator: y = c0 + c1·x + c2·x² + c3·x³ + ε. */
export interface PolynomialOptions {
  /** Number of samples. @default 100 */
  readonly count?: number;
  /** Constant term. @default 0 */
  readonly c0?: number;
  /** Coefficient of x. @default -1 */
  readonly c1?: number;
  /** Coefficient of x². @default 0 */
  readonly c2?: number;
  /** Coefficient of x³. @default 1 */
  readonly c3?: number;
  /** Smallest x. @default -1.5 */
  readonly xMin?: number;
  /** Largest x (exclusive). @default 1.5 */
  readonly xMax?: number;
  /** Standard deviation of Gaussian noise on y. @default 0.05 */
  readonly noise?: number;
}

const coefficient = (value: number, power: string) =>
  ({ type: 'number', default: value, min: -1000, max: 1000, description: `Coefficient of ${power}.` }) as const;

/** A cubic with noise; by default y = x³ − x, which a straight line cannot fit. */
export const polynomialGenerator = defineGenerator<PolynomialOptions>({
  name: 'polynomial',
  description: 'A noisy cubic: y = c0 + c1·x + c2·x² + c3·x³ (default x³ − x).',
  task: 'regression',
  options: {
    count: countOption(100),
    c0: coefficient(0, '1 (the constant term)'),
    c1: coefficient(-1, 'x'),
    c2: coefficient(0, 'x²'),
    c3: coefficient(1, 'x³'),
    xMin: { type: 'number', default: -1.5, min: -1e6, max: 1e6, description: 'Smallest x.' },
    xMax: { type: 'number', default: 1.5, min: -1e6, max: 1e6, description: 'Largest x.' },
    noise: noiseOption(0.05, 1000, 'Standard deviation of Gaussian noise on y.'),
  },
  make({ count, c0, c1, c2, c3, xMin, xMax, noise }, rng) {
    checkInterval('polynomial', 'xMin', xMin, 'xMax', xMax);
    // Horner's form: one multiply-add per coefficient
    return sampleCurve(count, rng, [xMin, xMax], noise, (x) => c0 + x * (c1 + x * (c2 + x * c3)));
  },
});

/** A noisy cubic y = c0 + c1·x + c2·x² + c3·x³ + ε with x uniform in [xMin, xMax). */
export function polynomial(options: PolynomialOptions = {}, seed = DEFAULT_SEED): Dataset {
  return polynomialGenerator.create({ ...options }, seed);
}
