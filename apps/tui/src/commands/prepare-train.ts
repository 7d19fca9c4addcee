import { existsSync } from 'node:fs';
import type { Dataset } from '@neuronlab/core';
import { readCsvFile } from '@neuronlab/data/node';
import type { PreparedRun, Recipe } from '@neuronlab/lab';
import { defaultLoss, defaultModelKind, prepareRun, recipeFromFlags } from '@neuronlab/lab';
import type { TrainCliOptions, TrainConfig } from '../config.js';
import { trainConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { checkInputFile } from '../io/input-file.js';
import type { LoadedModel } from '../io/model-io.js';
import { loadModel } from '../io/model-io.js';
import { checkOutputPath } from '../io/output-path.js';
import { trainInputs } from './run-control.js';

async function readData(cfg: TrainConfig): Promise<Dataset | undefined> {
  const csv = cfg.csv;
  if (!csv) return undefined;
  if (!existsSync(csv.file))
    throw new UsageError(`--data file ${JSON.stringify(csv.file)} does not exist. Check the path.`);
  checkInputFile('--data', csv.file);
  return readCsvFile(csv.file, {
    file: csv.file,
    task: csv.task,
    ...(csv.x ? { x: csv.x } : {}),
    ...(csv.y ? { y: csv.y } : {}),
  });
}

function makeRecipe(cfg: TrainConfig, data: Dataset | undefined, loaded: LoadedModel | undefined): Recipe {
  const fromFile = loaded ? (loaded.file.architecture.kind === 'neuron' ? 'neuron' : 'mlp') : undefined;
  const shapeKind = data && (data.inputDim !== 1 || data.task !== 'regression') ? 'mlp' : undefined;
  const model = cfg.flags.model ?? fromFile ?? shapeKind ?? defaultModelKind(cfg.flags.dataset ?? 'celsius');
  const recipe = recipeFromFlags({ ...cfg.flags, model });
  if (!data || !cfg.csv) return recipe;
  const csvOptions = {
    file: cfg.csv.file,
    task: cfg.csv.task,
    ...(cfg.csv.x ? { x: cfg.csv.x.join(',') } : {}),
    ...(cfg.csv.y ? { y: cfg.csv.y } : {}),
  };
  const loss = cfg.flags.loss ?? defaultLoss(data.task);
  return { ...recipe, loss, dataset: { name: 'csv', options: csvOptions } };
}

/**
 * Everything `train` does before the first step: check flags, read the CSV and the --init model, build the run.
 * Anything wrong here is the user's input, reported as one line with exit code 2 before any file is written.
 */
export async function prepareTrain(options: TrainCliOptions): Promise<{ cfg: TrainConfig; run: PreparedRun }> {
  const cfg = trainConfig(options);
  checkOutputPath('--save', cfg.save, trainInputs(cfg));
  const data = await readData(cfg);
  const loaded = cfg.init ? loadModel(cfg.init, '--init') : undefined;
  const recipe = makeRecipe(cfg, data, loaded);
  const run = prepareRun(recipe, {
    ...(data ? { dataset: data } : {}),
    ...(loaded ? { model: loaded.model, normalization: loaded.normalization } : {}),
  });
  if (run.model.inputDim !== run.dataset.inputDim || run.model.outputDim !== run.dataset.outputDim) {
    throw new UsageError(
      `--init model takes ${run.model.inputDim} input(s) and gives ${run.model.outputDim} output(s), got data with ${run.dataset.inputDim} and ${run.dataset.outputDim}. Use a model trained on this data.`,
    );
  }
  return { cfg, run };
}
