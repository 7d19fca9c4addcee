import { FEATURE_NAMES } from '@neuronlab/core';
import { activationNames, lossNames, optimizerNames } from '@neuronlab/core/nn';
import { datasetNames, datasets } from '@neuronlab/data';

/**
 * The words of 3 or more letters a line may hold under a Japanese locale: names the user types or must type
 * (datasets, their options, optimizers, activations, losses, features, models, tasks, formats, commands), names of
 * files and formats they are told about, and error codes. Anything else of 3 or more letters is English left behind.
 */
const IDENTIFIERS = new Set([
  ...datasetNames,
  ...Object.values(datasets).flatMap((g) => Object.keys(g.options)),
  ...optimizerNames(),
  ...activationNames(),
  ...lossNames(),
  ...FEATURE_NAMES,
  // the program, its commands, model kinds, tasks, normalizations, export formats, flag values
  ...['neuronlab', 'train', 'predict', 'export', 'import', 'datasets', 'runs', 'show', 'compare', 'plot', 'step'],
  ...['sweep', 'gradcheck', 'neuron', 'mlp', 'follow-up', 'regression', 'binary', 'multiclass', 'standardize'],
  ...['minmax', 'onnx', 'tfjs', 'max', 'full', 'true', 'false', 'sequential'],
  // the environment variable of the log directory, file formats and tools a line names, error codes, the time zone
  ...[
    'NEURONLAB_LOG_DIR',
    'JSON',
    'CSV',
    'UTF-8',
    'FIFO',
    'TensorBoard',
    'Keras',
    'Lightning',
    'ENOENT',
    'float64',
    'UTC',
  ],
  // a model file's fields, a TensorFlow.js model's, a run log's series, the placeholder of `neuronlab runs DIR`
  ...['format', 'version', 'architecture', 'parameters', 'normalization', 'recipe', 'createdBy', 'modelTopology'],
  ...['Layers', 'loss', 'DIR'],
]);

/**
 * The words of a line left once everything the user typed or must type is taken out: its `--flags`, quoted
 * values and names (`"abc"`, `'--lr <rate>'`), placeholders (`<file.csv>`), paths, file names and endings (`a/b`,
 * `m.json`, `.mjs`), ranges and settings (`1e-5..1e-2:log4`, `noise=0.1`), the words of the command line itself (`typed`) and the identifiers
 * above. What is left of 3 or more letters is English.
 */
export function englishWords(line: string, typed: readonly string[] = []): string[] {
  const rest = line
    .replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/(?<![\w-])--?[a-z][\w-]*/g, ' ')
    .replace(/\S*(?:\.\.|\/|=)\S*/g, ' ')
    .replace(/[\w.-]+\.(?:csv|json|jsonl|onnx|js|mjs|ts|mts|txt|bin|tfevents)\b/g, ' ')
    .replace(/(?<!\w)\.[a-z]+\b/g, ' ');
  const words = rest.match(/[A-Za-z][\w^+-]*/g) ?? [];
  return words.filter((w) => /[A-Za-z]{3,}/.test(w) && !IDENTIFIERS.has(w) && !typed.includes(w));
}

/** A character of Japanese script: kana or a kanji. */
export const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
