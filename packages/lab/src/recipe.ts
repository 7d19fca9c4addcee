import type { NeuronGradient, RecipeValue } from '@neuronlab/core';
import { visible } from '@neuronlab/core';

/** Every model kind, for the recipe check and the `--model` flag alike. */
export const MODEL_KINDS = ['neuron', 'mlp', 'follow-up'] as const;
/**
 * Which model a recipe trains: the tutorial's hand-derived neuron, a multilayer perceptron, or the follow-up
 * tutorial's 1-2-1 network (7 parameters; its hidden activation is the recipe's, linear by default).
 */
export type ModelKind = (typeof MODEL_KINDS)[number];

/** Every normalization mode, for the recipe check and the `--normalize` flag alike. */
export const NORMALIZE_MODES = ['none', 'standardize', 'minmax'] as const;
/** How inputs are rescaled before training. */
export type NormalizeMode = (typeof NORMALIZE_MODES)[number];

/** Every neuron gradient, for the recipe check and the `--gradient` flag alike. */
export const NEURON_GRADIENTS = ['correct', 'tutorial-mistake'] as const satisfies readonly NeuronGradient[];

/** Every weight penalty kind. */
export const PENALTY_KINDS = ['none', 'l1', 'l2'] as const;

/** A weight penalty applied by the optimizer: L2 (weight decay, adds λ·w to each gradient) or L1 (adds λ·sign w). */
export interface Regularization {
  readonly kind: (typeof PENALTY_KINDS)[number];
  /** λ, ≥ 0. */
  readonly rate: number;
}

/** The model part of a recipe. */
export interface ModelRecipe {
  /** `neuron` (1 input, `out = w·x + b`) or `mlp`. */
  readonly kind: ModelKind;
  /** Hidden layer widths of an mlp. */
  readonly hidden: readonly number[];
  /**
   * Hidden activations of an mlp or the follow-up network (its one hidden layer), names from core's `activations`: one name for every hidden layer (`tanh`) or a
   * comma-separated list with one per hidden layer (`relu,tanh`). The output activation follows the task.
   */
  readonly activation: string;
  /** Start weight of the neuron, or null for uniform [0, 1) from the seed. */
  readonly initWeight: number | null;
  /** Start bias of the neuron, or null for uniform [0, 1) from the seed. */
  readonly initBias: number | null;
  /** The neuron's weight gradient. */
  readonly gradient: NeuronGradient;
}

/**
 * One experiment, as plain JSON: everything needed to reproduce a training run bit for bit. Each field's flag, rule,
 * default and help live in one row of `RECIPE_FIELDS` (fields.ts); a new field is a row there plus a line here.
 */
export interface Recipe {
  /** The dataset: a generator name from `@neuronlab/data`'s registry (or `csv`) and its options. */
  readonly dataset: { readonly name: string; readonly options: Readonly<Record<string, RecipeValue>> };
  /** Seed for data generation, the split, shuffling and initialization. */
  readonly seed: number;
  /** Fraction of samples held out for testing, in [0, 1). */
  readonly testSplit: number;
  /** Input normalization. */
  readonly normalize: NormalizeMode;
  /**
   * The model's inputs made from a 2-input dataset's x1 and x2 (names from @neuronlab/data's FEATURE_NAMES, such as
   * `x1^2` or `sinx1`), or null for the data's own inputs.
   */
  readonly features: readonly string[] | null;
  /** The model. */
  readonly model: ModelRecipe;
  /** Loss name from core's `losses`. */
  readonly loss: string;
  /** Optimizer name from core's `optimizers`. */
  readonly optimizer: string;
  /** Learning rate. */
  readonly lr: number;
  /** Number of epochs. */
  readonly epochs: number;
  /** Samples per minibatch, or 'full' for full-batch gradient descent. */
  readonly batchSize: number | 'full';
  /** Weight penalty. */
  readonly regularization: Regularization;
  /** Stop early once the training loss is at or below this, or null to run every epoch. */
  readonly targetLoss: number | null;
}

declare const checked: unique symbol;

/**
 * A recipe that passed every rule of the recipe table, made only by `recipeFromFlags` and `validateRecipe`, so what
 * takes one (`planRun`) does not check it again. (The mark is a type only: cast nothing to it.)
 */
export type ValidRecipe = Recipe & { readonly [checked]: true };

/** Defaults for a multilayer perceptron: what trains the 2-D sets well in a few hundred epochs. */
export const MLP_DEFAULTS = {
  optimizer: 'adam',
  lr: 0.01,
  epochs: 500,
  batchSize: 32,
} as const;

/** The activation of each hidden layer of an mlp recipe: its one name repeated, or its list. */
export function hiddenActivations(model: Pick<ModelRecipe, 'hidden' | 'activation'>): string[] {
  const names = model.activation.split(',');
  return model.hidden.map((_, i) => (names.length === 1 ? names[0]! : names[i]!));
}

/**
 * The data a recipe trains on, as a person names it: the generator, or the CSV file. The recipe records the file's
 * real path, so a repeated run opens the same file; shown, its control characters are written as `\xNN` escapes, so a
 * file name cannot retitle or clear the terminal that shows it.
 */
export function datasetLabel(recipe: Pick<Recipe, 'dataset'>): string {
  const { name, options } = recipe.dataset;
  return name === 'csv' && typeof options.file === 'string' ? visible(options.file) : name;
}

/** The loss that suits a task when none is given. */
export function defaultLoss(task: 'regression' | 'binary' | 'multiclass'): string {
  if (task === 'binary') return 'binary-cross-entropy';
  if (task === 'multiclass') return 'softmax-cross-entropy';
  return 'mse';
}

/** The model kind used when `--model` is not given: the tutorial's neuron for celsius, an mlp otherwise. */
export function defaultModelKind(dataset: string): ModelKind {
  return dataset === 'celsius' ? 'neuron' : 'mlp';
}
