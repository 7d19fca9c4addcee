/** Checks of the recipe fields that are more than a number or a name: layer widths and dataset options. */
import { badValue, checkChoice, checkNumber, parseNumber, phrase, type RecipeValue } from '@neuronlab/core';
import { DATA_PHRASES, datasets, MAX_CLASSES, optionRule } from '@neuronlab/data';
import { LAB_PHRASES } from './phrases.js';

/** Largest number of hidden layers an mlp may have. */
export const MAX_HIDDEN_LAYERS = 8;

const WIDTHS_EXAMPLE = phrase(LAB_PHRASES, 'widthsExample', '16,16');

const WIDTH_RULE = { integer: true, min: 1, max: 1024, hint: WIDTHS_EXAMPLE } as const;

/** Checks hidden layer widths from JSON: 1 to 8 whole numbers from 1 to 1024. */
export function checkHidden(label: string, value: unknown): number[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_HIDDEN_LAYERS) {
    throw badValue(TypeError, label, phrase(LAB_PHRASES, 'widthList', MAX_HIDDEN_LAYERS), value, WIDTHS_EXAMPLE);
  }
  return value.map((w, i) => checkNumber(`${label}[${i}]`, w, WIDTH_RULE));
}

/** Parses `--hidden 16,16` into widths. */
export function parseHidden(text: string): number[] {
  const parts = text.split(',');
  if (text.trim() === '' || parts.length > MAX_HIDDEN_LAYERS) {
    throw badValue(RangeError, '--hidden', phrase(LAB_PHRASES, 'widthText', MAX_HIDDEN_LAYERS), text, WIDTHS_EXAMPLE);
  }
  // Name the whole flag value: `got ""` for the gap in `16,,16` would not tell the user which part is wrong
  const label = phrase(LAB_PHRASES, 'hiddenWidth', text);
  return parts.map((p) => parseNumber(label, p, WIDTH_RULE));
}

/** Parses one `key=value` generator option; numbers and booleans are converted, anything else stays text. */
export function parseOption(text: string): [string, RecipeValue] {
  const eq = text.indexOf('=');
  if (eq <= 0) {
    const example = phrase(LAB_PHRASES, 'optionExample', 'noise=0.1');
    throw badValue(RangeError, '--option', phrase(LAB_PHRASES, 'keyValue'), text, example);
  }
  const key = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  if (raw === 'true' || raw === 'false') return [key, raw === 'true'];
  const n = Number(raw);
  return [key, raw !== '' && Number.isFinite(n) ? n : raw];
}

/**
 * The options of a CSV recipe, which the front end fills from its --data, --x, --y, --task and --classes flags.
 * `classes` is the one-hot order of a multiclass target's labels: recorded, the run repeats with the same columns
 * even when the file's rows come in another order, and a saved model can name its classes.
 */
const CSV_OPTIONS = ['file', 'task', 'x', 'y', 'classes'] as const;

const TASKS = ['regression', 'binary', 'multiclass'] as const;

/** Checks class labels: 2 or more distinct, non-empty texts without a comma (the flag lists them with commas). */
export function checkClassLabels(label: string, value: unknown): string[] {
  const hint = phrase(LAB_PHRASES, 'classLabelsExample', 'cat,dog,bird');
  const list = typeof value === 'string' ? value.split(',').map((c) => c.trim()) : value;
  if (
    !Array.isArray(list) ||
    list.length < 2 ||
    list.length > MAX_CLASSES ||
    list.some((c) => typeof c !== 'string' || c.trim() === '' || c.includes(',') || c !== c.trim()) ||
    new Set(list).size !== list.length
  ) {
    throw badValue(RangeError, label, phrase(LAB_PHRASES, 'classLabels', MAX_CLASSES), value, hint);
  }
  return list as string[];
}

function checkCsvValue(label: string, key: string, value: unknown): RecipeValue {
  if (key === 'task') return checkChoice(label, value, TASKS);
  if (key === 'classes') return checkClassLabels(label, value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value;
  throw badValue(TypeError, label, phrase(LAB_PHRASES, 'csvOption'), value);
}

/**
 * Checks a dataset's options against its generator's schema: every key one of its options (so `__proto__` or
 * `constructor` is an error, never a silent no-op), every value of the option's kind and in its range.
 */
export function checkDatasetOptions(label: string, value: unknown, dataset: string): Record<string, RecipeValue> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badValue(TypeError, label, phrase(LAB_PHRASES, 'anObject'), value);
  }
  const schema = dataset === 'csv' ? null : (datasets[dataset]?.options ?? {});
  const allowed = schema ? Object.keys(schema) : CSV_OPTIONS;
  const out: Record<string, RecipeValue> = {};
  for (const [key, v] of Object.entries(value)) {
    const hint = phrase(LAB_PHRASES, 'datasetOptions', dataset);
    checkChoice(phrase(LAB_PHRASES, 'optionKey', label), key, allowed, hint);
    const spec = schema?.[key];
    const where = label.startsWith('--') ? `${label} ${key}` : `${label}.${key}`;
    if (spec === undefined) out[key] = checkCsvValue(where, key, v);
    else if (spec.type === 'boolean') {
      if (typeof v !== 'boolean') throw badValue(TypeError, where, phrase(DATA_PHRASES, 'trueOrFalse'), v);
      out[key] = v;
    } else out[key] = checkNumber(where, v, optionRule(spec));
  }
  return out;
}

/**
 * Checks hidden activations: one name from `names` for every layer, or a list with one per hidden layer (as an array
 * from JSON, or `relu,tanh` from the flag). Returns the recipe's form: the comma-joined names.
 */
export function checkActivations(label: string, value: unknown, names: readonly string[], layers: number): string {
  const hint = phrase(LAB_PHRASES, 'activationsFrom', names);
  const list = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(list) || list.length === 0) {
    throw badValue(TypeError, label, phrase(LAB_PHRASES, 'activationList'), value, hint);
  }
  const checked = list.map((v, i) => checkChoice(list.length === 1 ? label : `${label}[${i}]`, v, names, hint));
  if (checked.length !== 1 && checked.length !== layers) {
    const what = phrase(LAB_PHRASES, 'activationCount', layers);
    throw badValue(RangeError, label, what, Array.isArray(value) ? value.join(',') : value, hint);
  }
  return checked.join(',');
}
