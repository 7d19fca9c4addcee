/**
 * Weight initializers, all driven by a seeded Rng so the same seed gives the same network everywhere.
 * Each fills a weight block of fanIn × fanOut values.
 */
import type { Rng } from '../rng.js';

/** One initializer: a name for menus, a line for people, and the fill itself. */
export interface Initializer {
  readonly name: string;
  readonly description: string;
  /** Fills `out` (fanIn × fanOut values) from `rng`. */
  readonly fill: (out: Float64Array, fanIn: number, fanOut: number, rng: Rng) => void;
}

function uniformFill(out: Float64Array, limit: number, rng: Rng): void {
  for (let i = 0; i < out.length; i++) out[i] = rng.uniform(-limit, limit);
}

/** Initializers by name; `createDense` and model files refer to these names. */
export const initializers = {
  zeros: {
    name: 'zeros',
    description: 'all zeros (biases; a weight matrix of zeros cannot break symmetry)',
    fill: (out, _fanIn, _fanOut, _rng) => {
      out.fill(0);
    },
  },
  uniform: {
    name: 'uniform',
    description: 'uniform in [0, 1), like the tutorial’s neuron',
    fill: (out, _fanIn, _fanOut, rng) => {
      for (let i = 0; i < out.length; i++) out[i] = rng.next();
    },
  },
  glorot: {
    name: 'glorot',
    description: 'Glorot/Xavier uniform: ±√(6/(fanIn+fanOut)), keeps tanh and sigmoid layers’ variance steady',
    fill: (out, fanIn, fanOut, rng) => uniformFill(out, Math.sqrt(6 / (fanIn + fanOut)), rng),
  },
  he: {
    name: 'he',
    description: 'He normal: N(0, 2/fanIn), keeps relu layers’ variance steady',
    fill: (out, fanIn, _fanOut, rng) => {
      const std = Math.sqrt(2 / fanIn);
      for (let i = 0; i < out.length; i++) out[i] = rng.normal(0, std);
    },
  },
} as const satisfies Readonly<Record<string, Initializer>>;

/** A registered initializer name (`xavier` is accepted as an alias of `glorot`). */
export type InitializerName = keyof typeof initializers | 'xavier';

/** Looks up an initializer by name; a TypeError lists the known names when the name is unknown. */
export function getInitializer(name: string): Initializer {
  const key = name === 'xavier' ? 'glorot' : name;
  if (!Object.hasOwn(initializers, key)) {
    throw new TypeError(
      `initializer: unknown name, got '${name}'. Use one of: ${Object.keys(initializers).join(', ')}, xavier.`,
    );
  }
  return initializers[key as keyof typeof initializers];
}
