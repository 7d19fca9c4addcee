/**
 * A run plan: a valid recipe turned once into plain data (datasets, normalization, the initial parameters and the
 * trainer's settings) that survives structuredClone, so a front end can make it on one thread and train it on
 * another. `materializeRun` builds the live model from it, wherever training happens.
 */
import type { Dataset, LayerSpec, NeuronGradient, Trainable, TrainData, TrainOptions } from '@neuronlab/core';
import { badValue, createNeuron, Neuron, phrase, phraseError, Rng } from '@neuronlab/core';
import type { ActivationName, LossName, OptimizerSettings } from '@neuronlab/core/nn';
import {
  createFollowUpNetwork,
  createOptimizer,
  createSequential,
  type DenseSpec,
  losses,
  NetworkModel,
} from '@neuronlab/core/nn';
import type { NormalizerStats } from '@neuronlab/data';
import {
  applyNormalizer,
  featureValues,
  fitNormalizer,
  generateDataset,
  testRowCount,
  trainTestSplit,
  withFeatures,
} from '@neuronlab/data';
import { LAB_PHRASES } from './phrases.js';
import { hiddenActivations, type ValidRecipe } from './recipe.js';

/** The model to start from: its architecture and every parameter block's values, in `params()` order. */
export type ModelPlan =
  | { readonly kind: 'neuron'; readonly gradient: NeuronGradient; readonly params: readonly Float64Array[] }
  | {
      readonly kind: 'sequential';
      readonly inputDim: number;
      readonly layers: readonly LayerSpec[];
      readonly loss: LossName;
      readonly params: readonly Float64Array[];
    };

/** The trainer's settings as plain data: the optimizer by name and settings, not an instance. */
export interface TrainingPlan {
  readonly epochs: number;
  readonly lr: number;
  /** A registered optimizer name, and its settings (the weight penalty) or null for its defaults. */
  readonly optimizer: { readonly name: string; readonly settings: OptimizerSettings | null };
  readonly batchSize: number | 'full';
  readonly seed: number;
  readonly targetLoss: number | null;
}

/** Everything a run needs, as plain data that structuredClone copies exactly. */
export interface RunPlan {
  readonly recipe: ValidRecipe;
  /** The whole dataset in its own units. */
  readonly dataset: Dataset;
  /** Training and test sets as the model sees them (features made and inputs normalized when the recipe asks). */
  readonly train: Dataset;
  readonly test: Dataset | null;
  /** The same rows in their own units and inputs, for charts. */
  readonly rawTrain: Dataset;
  readonly rawTest: Dataset | null;
  /** The input features the model sees instead of the raw inputs (the recipe's), or null for the raw inputs. */
  readonly features: readonly string[] | null;
  /** The input normalization of the model's inputs (fit on the training rows only, or the start model's), or null. */
  readonly normalization: NormalizerStats | null;
  /** The model to start from. */
  readonly initialModel: ModelPlan;
  readonly training: TrainingPlan;
}

/** Things a caller may supply instead of having them made from the recipe. */
export interface PlanOverrides {
  /** Data to use instead of generating `recipe.dataset` (a CSV the CLI read from disk). */
  readonly dataset?: Dataset;
  /**
   * A model to continue training (loaded from a model file) instead of a fresh one: its architecture and parameters;
   * how it trains (a neuron's gradient too) is the recipe's.
   */
  readonly model?: Trainable;
  /** The input normalization that came with `model`, reused instead of fitting a new one. */
  readonly normalization?: NormalizerStats | null;
}

/** A plan made live: the model built from it, and what core's `train(model, data, options)` takes. */
export interface LiveRun {
  readonly plan: RunPlan;
  readonly model: Trainable;
  readonly data: TrainData;
  /** Everything `train` needs but the signal and the report interval, which belong to the caller. */
  readonly options: TrainOptions;
}

/** Whether a split of `n` samples at `ratio` leaves both sets a sample, counted as the split counts them. */
function splitKeepsBoth(n: number, ratio: number): boolean {
  const nTest = testRowCount(n, ratio);
  return nTest >= 1 && nTest <= n - 1;
}

/**
 * The ratios, in three significant digits, whose split of `n` samples leaves both sets a sample: from the first
 * that holds out one to the last that keeps one, each checked as the split counts; null when no ratio does (n < 2).
 */
function splitRange(n: number): { min: number; max: number } | null {
  if (n < 2) return null;
  // x moved by one unit in its third significant digit, kept in three digits; down from a power of ten (1.00 to
  // 0.999), the unit is the lower decade's
  const nudge = (x: number, dir: 1 | -1) => {
    const unit = 10 ** (Math.floor(Math.log10(dir < 0 ? x * (1 - 1e-9) : x)) - 2);
    return Number((x + dir * unit).toPrecision(3));
  };
  let min = Number((0.5 / n).toPrecision(3));
  while (!splitKeepsBoth(n, min)) min = nudge(min, 1);
  let max = Number((1 - 0.5 / n).toPrecision(3));
  while (!splitKeepsBoth(n, max)) max = nudge(max, -1);
  return { min, max };
}

function split(recipe: ValidRecipe, data: Dataset): { train: Dataset; test: Dataset | null } {
  if (recipe.testSplit === 0) return { train: data, test: null };
  if (!splitKeepsBoth(data.n, recipe.testSplit)) {
    const range = splitRange(data.n);
    if (range === null) {
      const what = phrase(LAB_PHRASES, 'oneSampleSplit');
      throw badValue(RangeError, '--test-split', what, recipe.testSplit, phrase(LAB_PHRASES, 'leaveOut'));
    }
    const hint = phrase(LAB_PHRASES, 'splitSamples', data.n);
    throw badValue(RangeError, '--test-split', { rule: range }, recipe.testSplit, hint);
  }
  const s = trainTestSplit(data, {
    testRatio: recipe.testSplit,
    seed: recipe.seed,
    stratify: data.task !== 'regression',
  });
  return { train: s.train, test: s.test };
}

function outputActivation(task: Dataset['task']): 'linear' | 'sigmoid' | 'softmax' {
  return task === 'binary' ? 'sigmoid' : task === 'multiclass' ? 'softmax' : 'linear';
}

function copyParams(model: Trainable): Float64Array[] {
  return model.params().map((p) => Float64Array.from(p.value));
}

/** The plan of a live model: its architecture and a copy of its parameters. */
function modelPlanOf(model: Trainable): ModelPlan {
  if (model instanceof Neuron) return { kind: 'neuron', gradient: model.gradient, params: copyParams(model) };
  if (model instanceof NetworkModel) {
    const name = model.loss.name;
    if (!Object.hasOwn(losses, name) || losses[name as LossName] !== model.loss) {
      const [what, hint] = [phrase(LAB_PHRASES, 'builtInLoss'), phrase(LAB_PHRASES, 'useCoreLoss')];
      throw badValue(TypeError, 'planRun: the model’s loss', what, name, hint);
    }
    const arch = model.network.architecture();
    const { inputDim, layers } = arch.kind === 'sequential' ? arch : { inputDim: model.inputDim, layers: [] };
    return { kind: 'sequential', inputDim, layers, loss: name as LossName, params: copyParams(model) };
  }
  throw badValue(TypeError, 'planRun: model', phrase(LAB_PHRASES, 'neuronOrNetwork'), model.kind);
}

/**
 * The plan of a model that training goes on from: its architecture and parameters are the model's, how it trains is
 * the recipe's. So a neuron takes the recipe's gradient, whatever the one it was built with (a model file does not
 * record it; its recipe does, and a flag may change it).
 */
function continuedModel(model: Trainable, recipe: ValidRecipe): ModelPlan {
  const plan = modelPlanOf(model);
  return plan.kind === 'neuron' && recipe.model.kind === 'neuron' ? { ...plan, gradient: recipe.model.gradient } : plan;
}

/** The recipe's fresh model for data of this shape, initialized from the recipe's seed. */
function freshModel(recipe: ValidRecipe, data: Dataset): ModelPlan {
  const m = recipe.model;
  if (m.kind !== 'mlp') {
    if (data.inputDim !== 1 || data.outputDim !== 1 || data.task !== 'regression') {
      const fit = phrase(LAB_PHRASES, 'needsRegression', m.kind, data.inputDim, data.outputDim, data.task);
      throw phraseError(RangeError, fit);
    }
    if (recipe.loss !== 'mse') throw phraseError(RangeError, phrase(LAB_PHRASES, 'needsMse', m.kind, recipe.loss));
  }
  if (m.kind === 'follow-up') {
    const model = createFollowUpNetwork(recipe.seed, m.activation as ActivationName);
    return modelPlanOf(model);
  }
  if (m.kind === 'neuron') {
    // Same draws as createNeuron({ seed }): w first, then b, uniform in [0, 1)
    const rng = new Rng(recipe.seed);
    const w = rng.next();
    const b = rng.next();
    const params = [Float64Array.of(m.initWeight ?? w), Float64Array.of(m.initBias ?? b)];
    return { kind: 'neuron', gradient: m.gradient, params };
  }
  const acts = hiddenActivations(m);
  const layers = [
    ...m.hidden.map((units, i) => ({ units, activation: acts[i]! })),
    { units: data.outputDim, activation: outputActivation(data.task) },
  ];
  const network = createSequential({ inputDim: data.inputDim, layers: layers as DenseSpec[], seed: recipe.seed });
  const loss = recipe.loss as LossName;
  return {
    kind: 'sequential',
    inputDim: data.inputDim,
    layers,
    loss,
    params: copyParams(new NetworkModel(network, loss)),
  };
}

function trainingPlan(recipe: ValidRecipe): TrainingPlan {
  const reg = recipe.regularization;
  const penalty: OptimizerSettings = reg.kind === 'l2' ? { weightDecay: reg.rate } : { l1: reg.rate };
  const settings = reg.kind === 'none' || reg.rate === 0 ? null : penalty;
  return {
    epochs: recipe.epochs,
    lr: recipe.lr,
    optimizer: { name: recipe.optimizer, settings },
    batchSize: recipe.batchSize,
    seed: recipe.seed,
    targetLoss: recipe.targetLoss,
  };
}

/**
 * Turns a valid recipe into a plan, identically in Node and the browser: the data made and split, the normalization
 * fit, the initial parameters drawn. The recipe is not checked again; what can still fail is what depends on the
 * data (a split that leaves a set empty, the neuron given 2-D data).
 */
export function planRun(recipe: ValidRecipe, overrides: PlanOverrides = {}): RunPlan {
  if (recipe.dataset.name === 'csv' && !overrides.dataset) {
    const [what, hint] = [phrase(LAB_PHRASES, 'csvData'), phrase(LAB_PHRASES, 'readCsvFirst')];
    throw badValue(TypeError, 'planRun', what, recipe.dataset.options.file ?? null, hint);
  }
  const dataset = overrides.dataset ?? generateDataset(recipe.dataset.name, recipe.dataset.options, recipe.seed);
  const raw = split(recipe, dataset);
  const features = recipe.features;
  // the model's inputs: the features of each row when the recipe names some, then normalized
  const train = features ? withFeatures(features, raw.train) : raw.train;
  const test = features && raw.test ? withFeatures(features, raw.test) : raw.test;
  const kind = recipe.normalize;
  const stats =
    overrides.normalization !== undefined
      ? overrides.normalization
      : kind === 'none'
        ? null
        : fitNormalizer(kind, train.x, train.inputDim);
  const norm = (d: Dataset): Dataset => (stats ? { ...d, x: applyNormalizer(stats, d.x) } : d);
  return {
    recipe,
    dataset,
    train: norm(train),
    test: test ? norm(test) : null,
    rawTrain: raw.train,
    rawTest: raw.test,
    features,
    normalization: stats,
    initialModel: overrides.model ? continuedModel(overrides.model, recipe) : freshModel(recipe, train),
    training: trainingPlan(recipe),
  };
}

/** Builds the live model a model plan describes, with its parameters bit for bit. */
function buildModel(plan: ModelPlan): Trainable {
  const model =
    plan.kind === 'neuron'
      ? createNeuron({ w: plan.params[0]?.[0] ?? 0, b: plan.params[1]?.[0] ?? 0 }, { gradient: plan.gradient })
      : new NetworkModel(createSequential({ inputDim: plan.inputDim, layers: plan.layers as DenseSpec[] }), plan.loss);
  const params = model.params();
  params.forEach((p, i) => {
    const values = plan.params[i];
    if (values?.length !== p.value.length) {
      const what = phrase(LAB_PHRASES, 'valueCount', p.value.length);
      throw badValue(RangeError, `materializeRun: parameter ${p.name}`, what, values?.length);
    }
    p.value.set(values);
  });
  return model;
}

/** Builds the plan's live model and the data and options core's trainer takes; call it where training happens. */
export function materializeRun(plan: RunPlan): LiveRun {
  const t = plan.training;
  const options: TrainOptions = {
    epochs: t.epochs,
    lr: t.lr,
    optimizer: t.optimizer.settings ? createOptimizer(t.optimizer.name, t.optimizer.settings) : t.optimizer.name,
    batchSize: t.batchSize,
    seed: t.seed,
    ...(t.targetLoss === null ? {} : { targetLoss: t.targetLoss }),
  };
  const data: TrainData = plan.test ? { train: plan.train, test: plan.test } : { train: plan.train };
  return { plan, model: buildModel(plan.initialModel), data, options };
}

/** How raw inputs become the model's inputs: the features it sees, then their normalization. */
export interface InputPrep {
  /** Feature names (see @neuronlab/data's FEATURES), or null for the raw inputs. */
  readonly features: readonly string[] | null;
  /** The normalization of the model's inputs, or null. */
  readonly normalization: NormalizerStats | null;
}

/**
 * The model's inputs for n points in their own units (n × the data's inputs): the features made, then normalized.
 * The same steps planRun takes for the training rows, so a point anywhere is seen exactly as training saw its rows.
 */
export function modelInputs(prep: InputPrep, x: Float64Array, n: number): Float64Array {
  const f = prep.features ? featureValues(prep.features, x, n) : x;
  return prep.normalization ? applyNormalizer(prep.normalization, f) : f;
}

/** The model's outputs for inputs in their own units (n × the data's inputs): see modelInputs, then predicts. */
export function predictRaw(model: Trainable, prep: InputPrep, x: Float64Array, n: number): Float64Array {
  return model.predict(modelInputs(prep, x, n), n);
}
