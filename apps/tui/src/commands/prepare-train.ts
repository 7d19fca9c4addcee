import { existsSync } from 'node:fs';
import type { Dataset } from '@neuronlab/core';
import { readCsvFile } from '@neuronlab/data/node';
import type { LiveRun, ValidRecipe } from '@neuronlab/lab';
import { materializeRun, planRun, recipeFromFlags } from '@neuronlab/lab';
import type { TrainCliOptions, TrainConfig } from '../config.js';
import { trainConfig } from '../config.js';
import { UsageError } from '../errors.js';
import type { LoadedModel } from '../io/model-io.js';
import { loadModel } from '../io/model-io.js';
import { checkOutputPath } from '../io/output-path.js';

async function readData(cfg: TrainConfig): Promise<Dataset | undefined> {
  const csv = cfg.csv;
  if (!csv) return undefined;
  if (!existsSync(csv.file))
    throw new UsageError(`--data file ${JSON.stringify(csv.file)} does not exist. Check the path.`);
  return readCsvFile(csv.file, {
    file: csv.file,
    task: csv.task,
    ...(csv.x ? { x: csv.x } : {}),
    ...(csv.y ? { y: csv.y } : {}),
  });
}

/** The recipe from the flags, the CSV file's options and the model kind the data or the --init file implies. */
function makeRecipe(cfg: TrainConfig, data: Dataset | undefined, loaded: LoadedModel | undefined): ValidRecipe {
  const fromFile = loaded ? (loaded.file.architecture.kind === 'neuron' ? 'neuron' : 'mlp') : undefined;
  const shapeKind = data && (data.inputDim !== 1 || data.task !== 'regression') ? 'mlp' : undefined;
  // 1-input regression data from a CSV file suits the tutorial's neuron, as celsius does
  const kind = fromFile ?? shapeKind ?? (data ? 'neuron' : undefined);
  const csv = cfg.csv && {
    file: cfg.csv.file,
    task: cfg.csv.task,
    ...(cfg.csv.x ? { x: cfg.csv.x.join(',') } : {}),
    ...(cfg.csv.y ? { y: cfg.csv.y } : {}),
  };
  return recipeFromFlags(cfg.flags, { ...(csv && data ? { csv } : {}), ...(kind ? { kind } : {}) });
}

/**
 * Everything `train` does before the first step: check flags, read the CSV and the --init model, build the run.
 * Anything wrong here is the user's input, reported as one line with exit code 2 before any file is written.
 */
export async function prepareTrain(options: TrainCliOptions): Promise<{ cfg: TrainConfig; run: LiveRun }> {
  const cfg = trainConfig(options);
  checkOutputPath('--save', cfg.save);
  const data = await readData(cfg);
  const loaded = cfg.init ? loadModel(cfg.init, '--init') : undefined;
  const recipe = makeRecipe(cfg, data, loaded);
  const plan = planRun(recipe, {
    ...(data ? { dataset: data } : {}),
    ...(loaded ? { model: loaded.model, normalization: loaded.normalization } : {}),
  });
  const run = materializeRun(plan);
  if (run.model.inputDim !== plan.dataset.inputDim || run.model.outputDim !== plan.dataset.outputDim) {
    throw new UsageError(
      `--init model takes ${run.model.inputDim} input(s) and gives ${run.model.outputDim} output(s), got data with ${plan.dataset.inputDim} and ${plan.dataset.outputDim}. Use a model trained on this data.`,
    );
  }
  return { cfg, run };
}
