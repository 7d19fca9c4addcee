/**
 * Losses by name. Cross-entropy entries take logits and name the output activation they absorb: a network whose last
 * layer uses that activation feeds the loss its pre-activation, so training stays stable and `predict` still
 * returns probabilities.
 */
import type { Tensor } from '../tensor.js';
import { binaryCrossEntropyWithLogits, softmaxCrossEntropyWithLogits } from './cross-entropy.js';
import { huber, mae, mse } from './regression.js';

/** One loss: name, a line for people, the loss (mean over the batch), and the activation it fuses, if any. */
export interface Loss {
  readonly name: string;
  readonly description: string;
  /** Scalar loss of `input` (outputs, or logits when `fusedActivation` is set) against `target`. */
  readonly compute: (input: Tensor, target: Tensor) => Tensor;
  /** Output activation whose pre-activation this loss takes (`sigmoid`, `softmax`), or null. */
  readonly fusedActivation: 'sigmoid' | 'softmax' | null;
}

/** Losses by name. */
export const losses = {
  mse: { name: 'mse', description: 'mean squared error Σ(out − y)²/N', compute: mse, fusedActivation: null },
  mae: { name: 'mae', description: 'mean absolute error Σ|out − y|/N', compute: mae, fusedActivation: null },
  huber: {
    name: 'huber',
    description: 'squared error near the target, absolute error beyond 1 (robust to outliers)',
    compute: (p, t) => huber(p, t),
    fusedActivation: null,
  },
  'binary-cross-entropy': {
    name: 'binary-cross-entropy',
    description: 'log loss of a sigmoid output, computed from its logits',
    compute: binaryCrossEntropyWithLogits,
    fusedActivation: 'sigmoid',
  },
  'softmax-cross-entropy': {
    name: 'softmax-cross-entropy',
    description: 'log loss of a softmax output over one-hot classes, computed from its logits',
    compute: softmaxCrossEntropyWithLogits,
    fusedActivation: 'softmax',
  },
} as const satisfies Readonly<Record<string, Loss>>;

/** A registered loss name. */
export type LossName = keyof typeof losses;

/** The registered loss names, in registry order. */
export function lossNames(): LossName[] {
  return Object.keys(losses) as LossName[];
}

/** Looks up a loss; a TypeError lists the known names when the name is unknown. */
export function getLoss(name: string): Loss {
  if (!Object.hasOwn(losses, name)) {
    throw new TypeError(`loss: unknown name, got '${name}'. Use one of: ${lossNames().join(', ')}.`);
  }
  return losses[name as LossName];
}
