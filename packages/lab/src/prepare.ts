import type { Dataset, Trainable, TrainOptions } from '@neuronlab/core';
import { createNeuron, createOptimizer, createSequential, NetworkModel, Rng } from '@neuronlab/core';
import type { NormalizerStats } from '@neuronlab/data';
import { applyNormalizer, fitNormalizer, generateDataset, trainTestSplit } from '@neuronlab/data';
import type { Recipe } from './recipe.js';
import { validateRecipe } from './validate.js';
import { mustBe } from './values.js';

/** Things a caller may supply instead of having them made from the recipe. */
export interface PrepareOverrides {
  /** Data to use instead of generating `recipe.dataset` (a CSV the CLI read from disk). */
  readonly dataset?: Dataset;
  /** A model to continue training (loaded from a model file) instead of a fresh one. */
  readonly model?: Trainable;
  /** The input normalization that came with `model`, reused instead of fitting a new one. */
  readonly normalization?: NormalizerStats | null;
}

/** A recipe made ready for core's `train(model, { train, test }, trainOptions)`. */
export interface PreparedRun {
  readonly recipe: Recipe;
  /** The whole dataset in its own units. */
  readonly dataset: Dataset;
  /** Training and test sets as the model sees them (inputs normalized when the recipe asks). */
  readonly train: Dataset;
  readonly test: Dataset | null;
  /** The same rows in their own units, for charts. */
  readonly rawTrain: Dataset;
  readonly rawTest: Dataset | null;
  /** The fitted input normalization (fit on the training rows only), or null. */
  readonly normalization: NormalizerStats | null;
  readonly model: Trainable;
  /** Everything `train` needs but the signal and the report interval, which belong to the caller. */
  readonly trainOptions: TrainOptions;
  /** The model's outputs for raw inputs (n × inputDim): normalizes, then predicts. Probabilities for classification. */
  readonly predict: (x: Float64Array, n: number) => Float64Array;
}

function split(recipe: Recipe, data: Dataset): { train: Dataset; test: Dataset | null } {
  if (recipe.testSplit === 0) return { train: data, test: null };
  const s = trainTestSplit(data, {
    testRatio: recipe.testSplit,
    seed: recipe.seed,
    stratify: data.task !== 'regression',
  });
  if (s.test.n === 0 || s.train.n === 0) {
    const what = `a ratio that leaves both sets at least one of the ${data.n} samples`;
    throw new RangeError(mustBe('testSplit', what, recipe.testSplit, 'Try 0.2.'));
  }
  return { train: s.train, test: s.test };
}

function outputActivation(task: Dataset['task']): 'linear' | 'sigmoid' | 'softmax' {
  return task === 'binary' ? 'sigmoid' : task === 'multiclass' ? 'softmax' : 'linear';
}

/** The optimizer by name, or an instance carrying the recipe's weight penalty. */
function makeOptimizer(recipe: Recipe): TrainOptions['optimizer'] {
  const reg = recipe.regularization;
  if (reg.kind === 'none' || reg.rate === 0) return recipe.optimizer;
  return createOptimizer(recipe.optimizer, reg.kind === 'l2' ? { weightDecay: reg.rate } : { l1: reg.rate });
}

/** Builds the recipe's model for data of this shape, initialized from the recipe's seed. */
export function buildModel(recipe: Recipe, data: Pick<Dataset, 'inputDim' | 'outputDim' | 'task'>): Trainable {
  const m = recipe.model;
  if (m.kind === 'neuron') {
    if (data.inputDim !== 1 || data.outputDim !== 1 || data.task !== 'regression') {
      const got = `${data.inputDim} input(s), ${data.outputDim} output(s), ${data.task}`;
      throw new RangeError(mustBe('model neuron', 'given 1-input 1-output regression data', got, 'Use --model mlp.'));
    }
    if (recipe.loss !== 'mse') throw new RangeError(mustBe('neuron loss', 'mse', recipe.loss, 'Use --model mlp.'));
    // Same draws as createNeuron({ seed }): w first, then b, uniform in [0, 1)
    const rng = new Rng(recipe.seed);
    const w = rng.next();
    const b = rng.next();
    return createNeuron({ w: m.initWeight ?? w, b: m.initBias ?? b }, { gradient: m.gradient });
  }
  const layers = [
    ...m.hidden.map((units) => ({ units, activation: m.activation as 'tanh' })),
    { units: data.outputDim, activation: outputActivation(data.task) },
  ];
  const network = createSequential({ inputDim: data.inputDim, layers, seed: recipe.seed });
  return new NetworkModel(network, recipe.loss as 'mse');
}

/**
 * Turns a recipe into data, model and options, identically in Node and the browser: the CLI and the docs
 * playground both call this, so the same recipe gives the same numbers everywhere.
 */
export function prepareRun(input: Recipe, overrides: PrepareOverrides = {}): PreparedRun {
  const recipe = validateRecipe(input);
  if (recipe.dataset.name === 'csv' && !overrides.dataset) {
    throw new TypeError(
      mustBe(
        'prepareRun',
        'given the CSV data for a csv recipe',
        recipe.dataset.options.file ?? null,
        'Read the file with readCsvFile from @neuronlab/data/node and pass it as overrides.dataset.',
      ),
    );
  }
  const dataset = overrides.dataset ?? generateDataset(recipe.dataset.name, recipe.dataset.options, recipe.seed);
  const raw = split(recipe, dataset);
  const kind = recipe.normalize;
  const stats =
    overrides.normalization !== undefined
      ? overrides.normalization
      : kind === 'none'
        ? null
        : fitNormalizer(kind, raw.train.x, raw.train.inputDim);
  const norm = (d: Dataset): Dataset => (stats ? { ...d, x: applyNormalizer(stats, d.x) } : d);
  const model = overrides.model ?? buildModel(recipe, dataset);
  return {
    recipe,
    dataset,
    train: norm(raw.train),
    test: raw.test ? norm(raw.test) : null,
    rawTrain: raw.train,
    rawTest: raw.test,
    normalization: stats,
    model,
    trainOptions: {
      epochs: recipe.epochs,
      lr: recipe.lr,
      optimizer: makeOptimizer(recipe),
      batchSize: recipe.batchSize,
      seed: recipe.seed,
      ...(recipe.targetLoss === null ? {} : { targetLoss: recipe.targetLoss }),
    },
    predict: (x, n) => model.predict(stats ? applyNormalizer(stats, x) : x, n),
  };
}
