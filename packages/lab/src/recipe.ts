import type { RecipeValue } from '@neuronlab/core';

/** Every model kind, for the recipe check and the `--model` flag alike. */
export const MODEL_KINDS = ['neuron', 'mlp'] as const;
/** Which model a recipe trains: the tutorial's hand-derived neuron or a multilayer perceptron. */
export type ModelKind = (typeof MODEL_KINDS)[number];

/** Every normalization mode, for the recipe check and the `--normalize` flag alike. */
export const NORMALIZE_MODES = ['none', 'standardize', 'minmax'] as const;
/** How inputs are rescaled before training. */
export type NormalizeMode = (typeof NORMALIZE_MODES)[number];

/** Every neuron gradient, for the recipe check and the `--gradient` flag alike. */
export const NEURON_GRADIENTS = ['correct', 'tutorial-mistake'] as const;
/** Which weight gradient the neuron uses: the math's, or the tutorial's published mistake (for the gradient check). */
export type NeuronGradient = (typeof NEURON_GRADIENTS)[number];

/** A weight penalty applied by the optimizer: L2 (weight decay, adds λ·w to each gradient) or L1 (adds λ·sign w). */
export interface Regularization {
  /** @default 'none' */
  readonly kind: 'none' | 'l1' | 'l2';
  /** λ, ≥ 0. @default 0 */
  readonly rate: number;
}

/** The model part of a recipe. */
export interface ModelRecipe {
  /** `neuron` (1 input, `out = w·x + b`) or `mlp`. @default 'neuron' */
  readonly kind: ModelKind;
  /** Hidden layer widths of an mlp. @default [16, 16] */
  readonly hidden: readonly number[];
  /** Hidden activation of an mlp, a name from core's `activations`. @default 'tanh' */
  readonly activation: string;
  /** Start weight of the neuron, or null for uniform [0, 1) from the seed. @default null */
  readonly initWeight: number | null;
  /** Start bias of the neuron, or null for uniform [0, 1) from the seed. @default null */
  readonly initBias: number | null;
  /** The neuron's weight gradient. @default 'correct' */
  readonly gradient: NeuronGradient;
}

/**
 * One experiment, as plain JSON: everything needed to reproduce a training run bit for bit.
 * The CLI builds one from its flags and the docs playground from its controls; both run it with `prepareRun`.
 */
export interface Recipe {
  /** The dataset: a generator name from `@neuronlab/data`'s registry and its options. @default celsius */
  readonly dataset: { readonly name: string; readonly options: Readonly<Record<string, RecipeValue>> };
  /** Seed for data generation, the split, shuffling and initialization. @default 42 */
  readonly seed: number;
  /** Fraction of samples held out for testing, in [0, 1). @default 0 */
  readonly testSplit: number;
  /** Input normalization. @default 'none' */
  readonly normalize: NormalizeMode;
  /** The model. */
  readonly model: ModelRecipe;
  /** Loss name from core's `losses`. @default 'mse' */
  readonly loss: string;
  /** Optimizer name from core's `optimizers`. @default 'sgd' */
  readonly optimizer: string;
  /** Learning rate. @default 1e-4 */
  readonly lr: number;
  /** Number of epochs. @default 10000 */
  readonly epochs: number;
  /** Samples per minibatch, or 'full' for full-batch gradient descent. @default 'full' */
  readonly batchSize: number | 'full';
  /** Weight penalty. @default { kind: 'none', rate: 0 } */
  readonly regularization: Regularization;
  /** Stop early once the training loss is at or below this, or null to run every epoch. @default null */
  readonly targetLoss: number | null;
}

/** The tutorial's experiment: celsius data, one neuron, SGD, lr 1e-4, 10,000 full-batch epochs. */
export const TUTORIAL_RECIPE: Recipe = {
  dataset: { name: 'celsius', options: {} },
  seed: 42,
  testSplit: 0,
  normalize: 'none',
  model: {
    kind: 'neuron',
    hidden: [16, 16],
    activation: 'tanh',
    initWeight: null,
    initBias: null,
    gradient: 'correct',
  },
  loss: 'mse',
  optimizer: 'sgd',
  lr: 1e-4,
  epochs: 10_000,
  batchSize: 'full',
  regularization: { kind: 'none', rate: 0 },
  targetLoss: null,
};

/** Defaults for a multilayer perceptron: what trains the 2-D sets well in a few hundred epochs. */
export const MLP_DEFAULTS = {
  optimizer: 'adam',
  lr: 0.01,
  epochs: 500,
  batchSize: 32,
} as const;

/** The loss that suits a task when none is given. */
export function defaultLoss(task: 'regression' | 'binary' | 'multiclass'): string {
  if (task === 'binary') return 'binary-cross-entropy';
  if (task === 'multiclass') return 'softmax-cross-entropy';
  return 'mse';
}
