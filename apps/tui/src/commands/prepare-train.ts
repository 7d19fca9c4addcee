import { existsSync } from 'node:fs';
import type { Dataset } from '@neuronlab/core';
import { MODEL_FILE_MAX_VALUES, quote } from '@neuronlab/core';
import type { FlagContext, ModelPlan, ModelRecipe, RunPlan, ValidRecipe } from '@neuronlab/lab';
import {
  checkClassLabels,
  hiddenActivations,
  planRun,
  recipeFromFlags,
  recipeToCliArgs,
  shellLine,
  validateRecipe,
} from '@neuronlab/lab';
import type { TrainCliOptions, TrainConfig } from '../config.js';
import { csvSourceOf, trainConfig } from '../config.js';
import { usageError } from '../errors.js';
import { readCsvInput } from '../io/csv-input.js';
import type { LoadedModel } from '../io/model-io.js';
import { loadModel } from '../io/model-io.js';
import { checkOutputPath } from '../io/output-path.js';
import { trainInputs } from './run-control.js';

async function readData(cfg: TrainConfig): Promise<Dataset | undefined> {
  const csv = cfg.csv;
  if (!csv) return undefined;
  return readCsvInput('--data', csv.file, {
    task: csv.task,
    ...(csv.x ? { x: csv.x } : {}),
    ...(csv.y ? { y: csv.y } : {}),
    ...(csv.classes ? { classes: csv.classes } : {}),
  });
}

/**
 * The input and target columns of a CSV file read with a header and no --x, by name, for the recipe: a saved model
 * then says which columns of another file it predicts from (`predict --data`), whatever their order, and the run
 * repeats from the same columns. Left out for a file without a header, and when a name could not be given back by
 * --x or --y (it holds a comma, or a backslash, which may be a control character the dataset shows escaped).
 */
function recordedColumns(data: Dataset): { x?: string; y?: string } {
  const { header, y } = data.recipe.options;
  const names = [...data.featureNames, ...(typeof y === 'string' ? [y] : [])];
  if (header !== true || typeof y !== 'string' || names.some((n) => n === '' || /[,\\]/.test(n))) return {};
  return { x: data.featureNames.join(','), y };
}

/**
 * A multiclass CSV's labels in their one-hot order, for the recipe: the run then repeats with the same output columns,
 * and a saved model can name its classes. Left out when a label could not be given back by --classes (it holds a
 * comma, or a backslash, which may be a control character the dataset shows escaped): the default order, sorted, then
 * applies.
 */
function recordedClasses(data: Dataset): { classes?: string[] } {
  if (data.task !== 'multiclass') return {};
  const labels = data.targetNames;
  // visible() writes a control character as \xNN: such a name is not the label the file holds
  if (labels.some((l) => l.includes('\\'))) return {};
  try {
    return { classes: checkClassLabels('classes', labels) };
  } catch {
    return {};
  }
}

/** Whether the flags name other data: a generator (--dataset) or a CSV file (--data). Without, --init keeps its own. */
function namesData(cfg: TrainConfig): boolean {
  return cfg.csv !== null || cfg.flags.dataset !== undefined;
}

/**
 * The model fields a model file fixes, whatever the other flags take: its own recipe's, or for a file that records
 * none (an imported model) what its architecture says.
 */
function fixedModel(loaded: LoadedModel, own: ValidRecipe | null): Partial<ModelRecipe> {
  if (own) return own.model;
  const a = loaded.file.architecture;
  if (a.kind === 'neuron') return { kind: 'neuron' };
  const hidden = a.layers.slice(0, -1);
  if (hidden.length === 0) return { kind: 'mlp' };
  const activations = hidden.map((l) => l.activation);
  const activation = activations.every((name) => name === activations[0]) ? activations[0]! : activations.join(',');
  return { kind: 'mlp', hidden: hidden.map((l) => l.units), activation };
}

/**
 * Going on from a model trained on a CSV file, with no data named: the file its recipe names, read as it was then
 * (columns, task, class order). It must still be where the recipe says, relative to where the command runs.
 */
function withOwnCsv(cfg: TrainConfig, own: ValidRecipe | null): TrainConfig {
  if (own?.dataset.name !== 'csv' || namesData(cfg)) return cfg;
  const csv = csvSourceOf(own.dataset.options);
  if (!existsSync(csv.file)) {
    throw usageError('initDataGone', quote(csv.file));
  }
  return { ...cfg, csv };
}

/**
 * The recipe from the flags, the CSV file's options and the model kind the data or the --init file implies; `base` is
 * the --init file's own recipe when the command names no data, for the flags left out.
 */
function makeRecipe(
  cfg: TrainConfig,
  data: Dataset | undefined,
  loaded: LoadedModel | undefined,
  from: Pick<FlagContext, 'base' | 'model'>,
): ValidRecipe {
  const fromFile = loaded ? (loaded.file.architecture.kind === 'neuron' ? 'neuron' : 'mlp') : undefined;
  const shapeKind = data && (data.inputDim !== 1 || data.task !== 'regression') ? 'mlp' : undefined;
  // 1-input regression data from a CSV file suits the tutorial's neuron, as celsius does
  const kind = fromFile ?? shapeKind ?? (data ? 'neuron' : undefined);
  const csv = cfg.csv && {
    // the real path, so the run's repeat command and a saved model's recipe name the file that was read (whatever
    // shows it, shows it through datasetLabel)
    file: cfg.csv.file,
    task: cfg.csv.task,
    ...(cfg.csv.x ? { x: cfg.csv.x.join(',') } : {}),
    ...(cfg.csv.y ? { y: cfg.csv.y } : {}),
    ...(data && !cfg.csv.x ? recordedColumns(data) : {}),
    ...(data ? recordedClasses(data) : {}),
  };
  return recipeFromFlags(cfg.flags, {
    ...(csv && data ? { csv } : {}),
    ...(kind ? { kind } : {}),
    ...(from.base ? { base: from.base } : {}),
    ...(from.model ? { model: from.model } : {}),
  });
}

/**
 * The recipe a model file records, or null when it records none neuronlab reads: an imported model's says where it
 * came from (`importedFrom`), not how to train it, and every recipe neuronlab writes names its dataset (a recipe
 * without one would validate as the tutorial's, every field at its default).
 */
function ownRecipe(loaded: LoadedModel): ValidRecipe | null {
  if (!('dataset' in loaded.file.recipe)) return null;
  try {
    return validateRecipe(loaded.file.recipe);
  } catch {
    return null;
  }
}

/** The inputs and outputs of the model a plan starts from. */
function modelDims(m: ModelPlan): { inputDim: number; outputDim: number } {
  return m.kind === 'neuron'
    ? { inputDim: 1, outputDim: 1 }
    : { inputDim: m.inputDim, outputDim: m.layers.at(-1)!.units };
}

/** The output activation each task trains with (what lab builds for it). */
const OUTPUT_ACTIVATION = { regression: 'linear', binary: 'sigmoid', multiclass: 'softmax' } as const;

/**
 * Refuses a --init model that contradicts what the flags ask for: another model kind, other hidden widths or
 * activation, another input normalization, or target normalization (which training does not apply). Flags left out
 * take the model's values, so only flags given explicitly are compared.
 */
function checkInitAgrees(cfg: TrainConfig, recipe: ValidRecipe, loaded: LoadedModel): void {
  const path = quote(cfg.init ?? '');
  const a = loaded.file.architecture;
  const kind = a.kind === 'neuron' ? 'neuron' : 'mlp';
  if (cfg.flags.model !== undefined && recipe.model.kind !== kind) {
    throw usageError('initOtherKind', '--model', recipe.model.kind, path, kind);
  }
  if (a.kind === 'sequential') {
    const hidden = a.layers.slice(0, -1);
    const widths = hidden.map((l) => l.units).join(',');
    const given = recipe.model.hidden.join(',');
    if (cfg.flags.hidden !== undefined && given !== widths) {
      throw usageError('initOtherWidths', '--hidden', given, path, widths);
    }
    const wanted = hiddenActivations({ hidden: hidden.map((l) => l.units), activation: recipe.model.activation });
    const other = hidden.find((l, i) => l.activation !== wanted[i]);
    if (cfg.flags.activation !== undefined && other !== undefined) {
      throw usageError('initOtherActivation', '--activation', recipe.model.activation, path, quote(other.activation));
    }
  }
  const inputs = loaded.file.normalization.inputs?.kind ?? 'none';
  if (cfg.flags.normalize !== undefined && recipe.normalize !== inputs) {
    throw usageError('initOtherNormalize', '--normalize', recipe.normalize, path, inputs);
  }
  if (loaded.file.normalization.targets !== null) {
    throw usageError('initNormalizesTargets', path, loaded.file.normalization.targets.kind);
  }
}

/**
 * Everything `train` does before the first step: check flags, read the CSV and the --init model, build the run.
 * Anything wrong here is the user's input, reported as one line with exit code 2 before any file is written.
 */
export async function prepareTrain(options: TrainCliOptions): Promise<{ cfg: TrainConfig; plan: RunPlan }> {
  const given = trainConfig(options);
  const loaded = given.init ? loadModel(given.init, '--init') : undefined;
  const own = loaded ? ownRecipe(loaded) : null;
  const cfg = withOwnCsv(given, own);
  checkOutputPath('--save', cfg.save, trainInputs(cfg));
  const data = await readData(cfg);
  // going on from a model file with no other data named (--option and --features may change its own; a CSV model's
  // file is read again by withOwnCsv), the flags left out take the recipe it was trained with; with other data, the
  // defaults, but the model's fields are the file's in any case
  const base = namesData(given) ? null : own;
  const from = base ? { base } : loaded ? { model: fixedModel(loaded, own) } : {};
  const recipe = makeRecipe(cfg, data, loaded, from);
  if (loaded) checkInitAgrees(cfg, recipe, loaded);
  const plan = planRun(recipe, {
    ...(data ? { dataset: data } : {}),
    ...(loaded ? { model: loaded.model, normalization: loaded.normalization } : {}),
  });
  // the plan is checked as plain data: the model is built only where it trains (the training thread)
  const dims = modelDims(plan.initialModel);
  // the model sees the recipe's features when it names some, so its inputs are counted after them
  if (dims.inputDim !== plan.train.inputDim || dims.outputDim !== plan.dataset.outputDim) {
    const own = loaded ? dataFlags(loaded) : null;
    const [inputs, outputs] = [plan.train.inputDim, plan.dataset.outputDim];
    throw usageError('initDims', dims.inputDim, dims.outputDim, inputs, outputs, own, namesData(given));
  }
  const a = loaded?.file.architecture;
  if (a?.kind === 'sequential') {
    const want = OUTPUT_ACTIVATION[plan.dataset.task];
    const has = a.layers.at(-1)!.activation;
    if (has !== want) {
      throw usageError('initOtherTask', quote(has), plan.dataset.task, quote(want));
    }
  }
  if (cfg.save) checkSavable(plan);
  return { cfg, plan };
}

/** Flags that choose a run's data and the model's inputs: what an --init model needs to be given again. */
const DATA_FLAGS = new Set(['--dataset', '--option', '--features', '--data', '--x', '--y', '--task', '--classes']);

/**
 * The data flags of the recipe a model file records (shell-quoted; '' for the tutorial's data, which needs none), or
 * null when it records no recipe neuronlab reads.
 */
function dataFlags(loaded: LoadedModel): string | null {
  const recipe = ownRecipe(loaded);
  if (recipe === null) return null;
  const args = recipeToCliArgs(recipe);
  const words = args.flatMap((arg, i) => (DATA_FLAGS.has(arg) ? [arg, args[i + 1]!] : []));
  return shellLine(words);
}

/**
 * Refuses, before training, a --save of a model too big for a model file (which could not be read back): the same
 * count the file validator makes, parameters plus input normalization statistics.
 */
function checkSavable(plan: RunPlan): void {
  const params = plan.initialModel.params.reduce((n, p) => n + p.length, 0);
  const values = params + (plan.normalization ? 2 * modelDims(plan.initialModel).inputDim : 0);
  if (values > MODEL_FILE_MAX_VALUES) {
    throw usageError('saveTooManyValues', values, MODEL_FILE_MAX_VALUES);
  }
}
