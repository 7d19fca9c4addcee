/**
 * Activation functions by name. Each is built from tensor ops, so autodiff supplies its derivative; the CLI's
 * `--activation` flag and the docs' dropdowns read this table, so a new entry appears everywhere at once.
 */
import { softmax } from '../ops/softmax.js';
import { leakyRelu, relu, sigmoid, tanh } from '../ops/unary.js';
import type { Tensor } from '../tensor.js';

/** One activation: name, a line for people, and the forward through tensor ops. */
export interface Activation {
  readonly name: string;
  readonly description: string;
  readonly forward: (x: Tensor) => Tensor;
}

/** Activations by name. */
export const activations = {
  linear: { name: 'linear', description: 'identity: out = x (the tutorial’s neuron)', forward: (x) => x },
  relu: { name: 'relu', description: 'max(0, x)', forward: relu },
  'leaky-relu': { name: 'leaky-relu', description: 'x for x > 0, 0.01·x otherwise', forward: (x) => leakyRelu(x) },
  tanh: { name: 'tanh', description: 'hyperbolic tangent, in (−1, 1)', forward: tanh },
  sigmoid: { name: 'sigmoid', description: 'logistic 1/(1+e⁻ˣ), in (0, 1): a probability', forward: sigmoid },
  softmax: {
    name: 'softmax',
    description: 'exponentials normalized per row: class probabilities',
    forward: (x) => softmax(x),
  },
} as const satisfies Readonly<Record<string, Activation>>;

/** A registered activation name. */
export type ActivationName = keyof typeof activations;

/** The registered activation names, in registry order. */
export function activationNames(): ActivationName[] {
  return Object.keys(activations) as ActivationName[];
}

/** Looks up an activation; a TypeError lists the known names when the name is unknown. */
export function getActivation(name: string): Activation {
  if (!Object.hasOwn(activations, name)) {
    throw new TypeError(`activation: unknown name, got '${name}'. Use one of: ${activationNames().join(', ')}.`);
  }
  return activations[name as ActivationName];
}
