import type { JsonValue, ModelFile, NeuronGradient, Normalization, Trainable } from '@neuronlab/core';
import {
  MODEL_FILE_MAX_BYTES,
  Neuron,
  networkModelFromModelFile,
  neuronFromModelFile,
  neuronToModelFile,
  parseModelFile,
  sequentialToModelFile,
} from '@neuronlab/core';
import type { LossName } from '@neuronlab/core/nn';
import { NetworkModel } from '@neuronlab/core/nn';
import { checkFeatures, type NormalizerStats } from '@neuronlab/data';
import type { Recipe } from '@neuronlab/lab';
import { errorText, UsageError, usageError } from '../errors.js';
import { en, type Messages } from '../i18n/messages-en.js';
import { readInputText } from './input-file.js';

/** The program name and version written into model files. */
export const CREATED_BY = 'neuronlab 0.1.0';

/** A model read from a file, with the normalizations of its inputs and targets. */
export interface LoadedModel {
  readonly file: ModelFile;
  readonly model: Trainable;
  /** Applied to inputs before the model sees them. */
  readonly normalization: NormalizerStats | null;
  /** Undone on the model's outputs to give them in the data's units. */
  readonly targets: NormalizerStats | null;
  /** The input features the model was trained on (its recipe's), made from x1 and x2 before normalizing; or null. */
  readonly features: readonly string[] | null;
}

/** The features a model file's recipe names, checked like the flag; null when it names none. */
function featuresOf(file: ModelFile): string[] | null {
  const value = file.recipe.features;
  return value === undefined || value === null ? null : checkFeatures('recipe.features', value);
}

/**
 * The text of a model file: the one way every command reads one. Only a regular file of at most MODEL_FILE_MAX_BYTES
 * (the limit the writer keeps to) is read; a FIFO or a device is refused before it can block or never end.
 */
function readModelText(path: string, flag: string): string {
  try {
    return readInputText(flag, path, MODEL_FILE_MAX_BYTES);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw usageError('unreadable', flag, JSON.stringify(path), (error as { code?: string }).code ?? 'unreadable');
  }
}

/** Reads, validates and rebuilds a model file; any problem is a UsageError naming the file. */
export function loadModel(path: string, flag: string): LoadedModel {
  const text = readModelText(path, flag);
  try {
    const file = parseModelFile(text);
    return {
      file,
      model: modelFromFile(file),
      normalization: file.normalization.inputs as NormalizerStats | null,
      targets: file.normalization.targets as NormalizerStats | null,
      features: featuresOf(file),
    };
  } catch (error) {
    // the file's problem (a ModelFileError, a bad recipe.features) is worded by the table that reports the line
    const quoted = JSON.stringify(path);
    const line = (t: Messages['errors']) => t.notModelFile(flag, quoted, errorText(error, t));
    throw new UsageError(line(en.errors), line);
  }
}

/** The training settings a model file does not hold, for rebuilding a model exactly as it trained. */
interface ModelSettings {
  /** The neuron's weight gradient (the tutorial's mistake trains differently). @default 'correct' */
  readonly gradient?: NeuronGradient;
  /** The network's loss. @default the one its output layer implies */
  readonly loss?: LossName;
}

/** Rebuilds the model a validated model file describes, with its parameters bit for bit. */
function modelFromFile(file: ModelFile, settings: ModelSettings = {}): Trainable {
  if (file.architecture.kind === 'neuron') {
    return neuronFromModelFile(file, settings.gradient ? { gradient: settings.gradient } : {});
  }
  return networkModelFromModelFile(file, settings.loss);
}

/** The model file for a trained model: parameters, input normalization and the recipe that made it. */
export function toModelFile(model: Trainable, normalization: NormalizerStats | null, recipe: Recipe): ModelFile {
  const norm = { inputs: normalization as Normalization, targets: null };
  const options = {
    normalization: norm,
    recipe: recipe as unknown as { [key: string]: JsonValue },
    createdBy: CREATED_BY,
  };
  if (model instanceof Neuron) return neuronToModelFile(model, options);
  if (model instanceof NetworkModel) return sequentialToModelFile(model, options);
  throw new TypeError(`save: cannot write a ${model.kind} model, got kind ${JSON.stringify(model.kind)}.`);
}
