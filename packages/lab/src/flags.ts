import type { RecipeValue } from '@neuronlab/core';
import { activationNames, datasetNames, datasetTask, lossNames, optimizerNames } from './names.js';
import type { ModelKind, NormalizeMode, Recipe } from './recipe.js';
import {
  defaultLoss,
  MLP_DEFAULTS,
  MODEL_KINDS,
  NEURON_GRADIENTS,
  NORMALIZE_MODES,
  TUTORIAL_RECIPE,
} from './recipe.js';
import { LIMITS, MAX_HIDDEN_LAYERS } from './validate.js';
import { checkChoice, mustBe, type NumberRule, parseNumber } from './values.js';

/**
 * The training flags as typed on a command line, keyed like commander names them (`--batch-size` → batchSize).
 * Every value is the raw text; `recipeFromFlags` checks and converts it.
 */
export interface RecipeFlags {
  readonly dataset?: string;
  /** Generator options as `key=value` (`noise=0.1`). */
  readonly option?: readonly string[];
  readonly model?: string;
  readonly hidden?: string;
  readonly activation?: string;
  readonly loss?: string;
  readonly optimizer?: string;
  readonly lr?: string;
  readonly epochs?: string;
  readonly batchSize?: string;
  readonly seed?: string;
  readonly initWeight?: string;
  readonly initBias?: string;
  readonly gradient?: string;
  /** `true` for a bare `--normalize` (standardize), or the method name. */
  readonly normalize?: string | boolean;
  readonly testSplit?: string;
  readonly targetLoss?: string;
  /** L1 penalty rate. */
  readonly l1?: string;
  /** L2 penalty rate (weight decay). */
  readonly l2?: string;
}

/** The command-line spelling of each flag. */
export const FLAG_NAMES: Readonly<Record<keyof RecipeFlags, string>> = {
  dataset: '--dataset',
  option: '--option',
  model: '--model',
  hidden: '--hidden',
  activation: '--activation',
  loss: '--loss',
  optimizer: '--optimizer',
  lr: '--lr',
  epochs: '--epochs',
  batchSize: '--batch-size',
  seed: '--seed',
  initWeight: '--init-weight',
  initBias: '--init-bias',
  gradient: '--gradient',
  normalize: '--normalize',
  testSplit: '--test-split',
  targetLoss: '--target-loss',
  l1: '--l1',
  l2: '--l2',
};

/** Parses `--hidden 16,16` into widths. */
export function parseHidden(text: string): number[] {
  const parts = text.split(',');
  if (text.trim() === '' || parts.length > MAX_HIDDEN_LAYERS) {
    throw new RangeError(
      mustBe('--hidden', `1 to ${MAX_HIDDEN_LAYERS} comma-separated layer widths`, text, 'For example 16,16.'),
    );
  }
  // Name the whole flag value: `got ""` for the gap in `16,,16` would not tell the user which part is wrong
  const label = `--hidden (in ${JSON.stringify(text)})`;
  return parts.map((p) => parseNumber(label, p, { ...LIMITS.hiddenWidth, hint: 'For example 16,16.' }));
}

/** Parses one `key=value` generator option; numbers and booleans are converted, anything else stays text. */
export function parseOption(text: string): [string, RecipeValue] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new RangeError(mustBe('--option', 'key=value', text, 'For example --option noise=0.1.'));
  const key = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  if (raw === 'true' || raw === 'false') return [key, raw === 'true'];
  const n = Number(raw);
  return [key, raw !== '' && Number.isFinite(n) ? n : raw];
}

function parseNormalize(value: string | boolean | undefined): NormalizeMode {
  if (value === undefined || value === false) return 'none';
  if (value === true) return 'standardize';
  return checkChoice('--normalize', value, NORMALIZE_MODES);
}

function num(flags: RecipeFlags, key: keyof typeof LIMITS & keyof RecipeFlags, fallback: number): number {
  const text = flags[key];
  return typeof text === 'string' ? parseNumber(FLAG_NAMES[key], text, LIMITS[key]) : fallback;
}

function nullableNum(text: string | undefined, flag: string, rule: NumberRule): number | null {
  return text === undefined ? null : parseNumber(flag, text, rule);
}

function parseRegularization(flags: RecipeFlags): Recipe['regularization'] {
  if (flags.l1 !== undefined && flags.l2 !== undefined) {
    throw new RangeError(mustBe('--l1 and --l2', 'used one at a time', `${flags.l1} and ${flags.l2}`, 'Pick one.'));
  }
  if (flags.l1 !== undefined) return { kind: 'l1', rate: parseNumber('--l1', flags.l1, LIMITS.regularization) };
  if (flags.l2 !== undefined) return { kind: 'l2', rate: parseNumber('--l2', flags.l2, LIMITS.regularization) };
  return TUTORIAL_RECIPE.regularization;
}

/** The model kind used when `--model` is not given: the tutorial's neuron for celsius, an mlp otherwise. */
export function defaultModelKind(dataset: string): ModelKind {
  return dataset === 'celsius' ? 'neuron' : 'mlp';
}

/**
 * Turns command-line flags into a checked recipe. Flags left out take the tutorial's values for the neuron and
 * Adam-based defaults for an mlp. Errors name the flag: `--lr must be a number > 0, got "-1". …`
 */
export function recipeFromFlags(flags: RecipeFlags): Recipe {
  const hint = 'Run "neuronlab datasets" to list them.';
  const name = checkChoice('--dataset', flags.dataset ?? 'celsius', datasetNames(), hint);
  const kind = checkChoice('--model', flags.model ?? defaultModelKind(name), MODEL_KINDS);
  const base = kind === 'mlp' ? { ...TUTORIAL_RECIPE, ...MLP_DEFAULTS } : TUTORIAL_RECIPE;
  const batch = flags.batchSize;
  const m = TUTORIAL_RECIPE.model;
  return {
    dataset: { name, options: Object.fromEntries((flags.option ?? []).map(parseOption)) },
    seed: num(flags, 'seed', base.seed),
    testSplit: num(flags, 'testSplit', base.testSplit),
    normalize: parseNormalize(flags.normalize),
    model: {
      kind,
      hidden: flags.hidden === undefined ? m.hidden : parseHidden(flags.hidden),
      activation: checkChoice('--activation', flags.activation ?? m.activation, activationNames()),
      initWeight: nullableNum(flags.initWeight, '--init-weight', LIMITS.init),
      initBias: nullableNum(flags.initBias, '--init-bias', LIMITS.init),
      gradient: checkChoice('--gradient', flags.gradient ?? m.gradient, NEURON_GRADIENTS),
    },
    loss: checkChoice('--loss', flags.loss ?? defaultLoss(datasetTask(name)), lossNames()),
    optimizer: checkChoice('--optimizer', flags.optimizer ?? base.optimizer, optimizerNames()),
    lr: num(flags, 'lr', base.lr),
    epochs: num(flags, 'epochs', base.epochs),
    batchSize: batch === 'full' ? 'full' : batch === undefined ? base.batchSize : num(flags, 'batchSize', 0),
    regularization: parseRegularization(flags),
    targetLoss: nullableNum(flags.targetLoss, '--target-loss', LIMITS.targetLoss),
  };
}
