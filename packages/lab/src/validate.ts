import type { RecipeValue } from '@neuronlab/core';
import { activationNames, datasetNames, lossNames, optimizerNames } from './names.js';
import type { ModelRecipe, Recipe } from './recipe.js';
import { MODEL_KINDS, NEURON_GRADIENTS, NORMALIZE_MODES, TUTORIAL_RECIPE } from './recipe.js';
import { checkChoice, checkNumber, mustBe, type NumberRule } from './values.js';

/** Limits shared by the recipe checks and the command-line flags, so both accept exactly the same values. */
export const LIMITS = {
  lr: { min: 0, minExclusive: true, max: 10, hint: 'Try 1e-4, the tutorial’s rate.' },
  epochs: { integer: true, min: 1, max: 10_000_000, hint: 'Try 10000.' },
  batchSize: { integer: true, min: 1, max: 10_000_000, hint: 'Use a whole number such as 32, or "full".' },
  seed: { integer: true, min: 0, max: 4_294_967_295, hint: 'Use a whole number such as 42.' },
  testSplit: { min: 0, max: 1, maxExclusive: true, hint: 'Try 0.3 to hold out 30% of the samples.' },
  targetLoss: { min: 0, hint: 'Use a loss such as 0.01.' },
  hiddenWidth: { integer: true, min: 1, max: 1024 },
  init: { hint: 'Use a finite number such as 0.5.' },
  regularization: { min: 0, max: 10, hint: 'Try 1e-4.' },
} as const satisfies Record<string, NumberRule>;

/** Largest number of hidden layers an mlp may have. */
export const MAX_HIDDEN_LAYERS = 8;

type Obj = Record<string, unknown>;

function asObject(label: string, value: unknown): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(mustBe(label, 'an object', value));
  }
  return value as Obj;
}

/** Checks hidden layer widths: 1 to 8 whole numbers from 1 to 1024. */
export function checkHidden(label: string, value: unknown): number[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_HIDDEN_LAYERS) {
    throw new TypeError(mustBe(label, `a list of 1 to ${MAX_HIDDEN_LAYERS} layer widths`, value, 'For example 16,16.'));
  }
  return value.map((w, i) => checkNumber(`${label}[${i}]`, w, LIMITS.hiddenWidth));
}

function checkOptions(label: string, value: unknown): Record<string, RecipeValue> {
  const obj = asObject(label, value);
  const out: Record<string, RecipeValue> = {};
  for (const [k, v] of Object.entries(obj)) {
    const ok = typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || Array.isArray(v);
    if (!ok) throw new TypeError(mustBe(`${label}.${k}`, 'a number, string, boolean or list', v));
    out[k] = v as RecipeValue;
  }
  return out;
}

function checkNullable(label: string, value: unknown, rule: NumberRule): number | null {
  return value === null ? null : checkNumber(label, value, rule);
}

function checkModel(value: unknown): ModelRecipe {
  const d = TUTORIAL_RECIPE.model;
  const m = { ...d, ...asObject('recipe.model', value) };
  return {
    kind: checkChoice('recipe.model.kind', m.kind, MODEL_KINDS),
    hidden: checkHidden('recipe.model.hidden', m.hidden),
    activation: checkChoice('recipe.model.activation', m.activation, activationNames()),
    initWeight: checkNullable('recipe.model.initWeight', m.initWeight, LIMITS.init),
    initBias: checkNullable('recipe.model.initBias', m.initBias, LIMITS.init),
    gradient: checkChoice('recipe.model.gradient', m.gradient, NEURON_GRADIENTS),
  };
}

function checkRegularization(value: unknown): Recipe['regularization'] {
  const r = { ...TUTORIAL_RECIPE.regularization, ...asObject('recipe.regularization', value) };
  return {
    kind: checkChoice('recipe.regularization.kind', r.kind, ['none', 'l1', 'l2'] as const),
    rate: checkNumber('recipe.regularization.rate', r.rate, LIMITS.regularization),
  };
}

function checkBatchSize(value: unknown): number | 'full' {
  return value === 'full' ? 'full' : checkNumber('recipe.batchSize', value, LIMITS.batchSize);
}

/**
 * Checks a recipe read from JSON and fills in what it leaves out with the tutorial's values.
 * Throws a TypeError or RangeError naming the field, the value and the allowed range.
 */
export function validateRecipe(input: unknown): Recipe {
  const r = { ...TUTORIAL_RECIPE, ...asObject('recipe', input) };
  const ds = { ...TUTORIAL_RECIPE.dataset, ...asObject('recipe.dataset', r.dataset) };
  return {
    dataset: {
      name: checkChoice(
        'recipe.dataset.name',
        ds.name,
        [...datasetNames(), 'csv'],
        'Run "neuronlab datasets" to list them.',
      ),
      options: checkOptions('recipe.dataset.options', ds.options),
    },
    seed: checkNumber('recipe.seed', r.seed, LIMITS.seed),
    testSplit: checkNumber('recipe.testSplit', r.testSplit, LIMITS.testSplit),
    normalize: checkChoice('recipe.normalize', r.normalize, NORMALIZE_MODES),
    model: checkModel(r.model),
    loss: checkChoice('recipe.loss', r.loss, lossNames()),
    optimizer: checkChoice('recipe.optimizer', r.optimizer, optimizerNames()),
    lr: checkNumber('recipe.lr', r.lr, LIMITS.lr),
    epochs: checkNumber('recipe.epochs', r.epochs, LIMITS.epochs),
    batchSize: checkBatchSize(r.batchSize),
    regularization: checkRegularization(r.regularization),
    targetLoss: checkNullable('recipe.targetLoss', r.targetLoss, LIMITS.targetLoss),
  };
}
