import type { Optimizer } from '../train/types.js';
import { Adam } from './adam.js';
import { Momentum } from './momentum.js';
import { Rmsprop } from './rmsprop.js';
import { Sgd } from './sgd.js';

/** Numeric settings an optimizer factory may read (`momentum`, `beta1`, `beta2`, `epsilon`, ...); unknown keys are ignored. */
export type OptimizerSettings = Readonly<Record<string, number>>;

/** One entry of the optimizer registry: what the CLI lists and the docs' dropdown shows. */
interface OptimizerEntry {
  /** One line for a person. */
  readonly description: string;
  /** Makes a fresh optimizer with no state. */
  readonly create: (settings?: OptimizerSettings) => Optimizer;
}

/**
 * Optimizers by name. Adding one is one line here (plus its import); the CLI flags, the docs' dropdowns and
 * `train({ optimizer: 'name' })` all read this table.
 */
const optimizers = {
  sgd: { description: 'plain gradient descent: w ← w − lr·∂L/∂w', create: (s) => new Sgd(s) },
  momentum: { description: 'v ← μv + g, w ← w − lr·v (μ = momentum, default 0.9)', create: (s) => new Momentum(s) },
  nesterov: {
    description: 'momentum that looks ahead: w ← w − lr·(g + μv)',
    create: (s) => new Momentum({ ...s, nesterov: true }),
  },
  rmsprop: { description: 'steps scaled by a running RMS of gradients (rho 0.9)', create: (s) => new Rmsprop(s) },
  adam: { description: 'Adam with bias correction (beta1 0.9, beta2 0.999, epsilon 1e-8)', create: (s) => new Adam(s) },
} as const satisfies Readonly<Record<string, OptimizerEntry>>;

/** A registered optimizer name. */
export type OptimizerName = keyof typeof optimizers;

/** The registered optimizer names, in registry order. */
export function optimizerNames(): OptimizerName[] {
  return Object.keys(optimizers) as OptimizerName[];
}

/** Creates a registered optimizer by name; a TypeError lists the known names when the name is unknown. */
export function createOptimizer(name: string, settings?: OptimizerSettings): Optimizer {
  if (!Object.hasOwn(optimizers, name)) {
    throw new TypeError(
      `createOptimizer: unknown optimizer, got '${name}'. Use one of: ${optimizerNames().join(', ')}.`,
    );
  }
  const entry: OptimizerEntry = optimizers[name as OptimizerName];
  return entry.create(settings);
}
