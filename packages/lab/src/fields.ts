/**
 * The recipe table: one row per recipe field, in the order the CLI lists its flags. The flag parser
 * (`recipeFromFlags`), the JSON check (`validateRecipe`), the CLI's options and help, the flags a recipe prints
 * (`recipeToCliArgs`) and the docs' URL state are all made from these rows, so a new field is one row here plus its
 * line in the Recipe type (and the code that uses it).
 */
import {
  badValue,
  checkChoice,
  checkNumber,
  parseNumber,
  phrase,
  phraseError,
  type RecipeValue,
  SEED_RULE,
  TUTORIAL_DEFAULTS,
} from '@neuronlab/core';
import { checkFeatures, DEFAULT_SEED, datasets, FEATURE_NAMES } from '@neuronlab/data';
import {
  checkActivations,
  checkDatasetOptions,
  checkHidden,
  MAX_HIDDEN_LAYERS,
  parseHidden,
  parseOption,
} from './field-checks.js';
import {
  aboutOnly,
  choiceField,
  type FieldContext,
  type FlagSpec,
  flagText,
  nullableNumberField,
  numberField,
  type RecipeField,
  singleFlagField,
} from './field-kinds.js';
import { activationNames, datasetNames, lossNames, optimizerNames } from './names.js';
import { LAB_PHRASES } from './phrases.js';
import { formatRate } from './present/format.js';
import {
  defaultLoss,
  MLP_DEFAULTS,
  MODEL_KINDS,
  type ModelKind,
  NEURON_GRADIENTS,
  NORMALIZE_MODES,
  PENALTY_KINDS,
  type Regularization,
} from './recipe.js';

/** What the tutorial's neuron trains with, else the mlp defaults. */
function perKind<K extends keyof typeof MLP_DEFAULTS>(key: K, tutorial: (typeof MLP_DEFAULTS)[K] | number | string) {
  return (ctx: FieldContext) => (ctx.kind === 'mlp' ? MLP_DEFAULTS[key] : tutorial);
}

/** The rules the recipe's numbers follow, for the flags and JSON alike. */
const LIMITS = {
  lr: { min: 0, minExclusive: true, max: 10, hint: phrase(LAB_PHRASES, 'tutorialRate', TUTORIAL_DEFAULTS.lr) },
  epochs: { integer: true, min: 1, max: 10_000_000, hint: phrase(LAB_PHRASES, 'tryValue', TUTORIAL_DEFAULTS.epochs) },
  batchSize: { integer: true, min: 1, max: 10_000_000, hint: phrase(LAB_PHRASES, 'wholeOrFull', 32) },
  testSplit: { min: 0, max: 1, maxExclusive: true, hint: phrase(LAB_PHRASES, 'holdOut', 0.3, 30) },
  targetLoss: { min: 0, hint: phrase(LAB_PHRASES, 'lossSuchAs', 0.01) },
  init: { hint: phrase(LAB_PHRASES, 'finiteSuchAs', 0.5) },
  regularization: { min: 0, max: 10, hint: phrase(LAB_PHRASES, 'tryValue', '1e-4') },
} as const;

const datasetHint = phrase(LAB_PHRASES, 'listDatasets');

const dataset = singleFlagField<string>({
  path: 'dataset.name',
  flag: '--dataset',
  arg: '<name>',
  help: 'dataset generator (see "neuronlab datasets")',
  defaultFor: () => 'celsius',
  // a CSV recipe names its file through the front end's own flags (--data), never through --dataset
  check: (value, label) => checkChoice(label, value, [...datasetNames(), 'csv'], datasetHint),
  parse: (text, flag) => checkChoice(flag, text, datasetNames(), datasetHint),
});

const options: RecipeField<Readonly<Record<string, RecipeValue>>> = {
  path: 'dataset.options',
  flags: [
    {
      key: 'option',
      flag: '--option',
      short: '-o',
      arg: '<key=value>',
      help: 'generator option, repeatable (e.g. noise=0.1)',
      helpParts: aboutOnly('generator option, repeatable (e.g. noise=0.1)'),
      repeatable: true,
    },
  ],
  defaultFor: () => ({}),
  check: (value, label, ctx) => checkDatasetOptions(label, value, ctx.dataset),
  fromFlags(flags, ctx) {
    const given = flags.option;
    if (given === undefined) return undefined;
    const list = typeof given === 'string' ? [given] : (given as readonly string[]);
    return checkDatasetOptions('--option', Object.fromEntries(list.map(parseOption)), ctx.dataset);
  },
  toArgs: (value) =>
    Object.entries(value).flatMap(([k, v]) => ['--option', `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`]),
};

const model = singleFlagField({
  path: 'model.kind',
  flag: '--model',
  arg: '<kind>',
  help: 'neuron (the tutorial’s, default for celsius and one-input regression CSV), mlp, or follow-up (1-2-1)',
  helpDefault: false,
  // the kind the data or an --init file implies (FlagContext.kind) when there is one, else the dataset's
  defaultFor: (ctx) => ctx.kind,
  check: (value, label) => checkChoice(label, value, MODEL_KINDS),
  parse: (text, flag) => checkChoice(flag, text, MODEL_KINDS),
});

const hidden = onlyFor(
  ['mlp'],
  singleFlagField<readonly number[]>({
    path: 'model.hidden',
    flag: '--hidden',
    commaList: true,
    arg: '<widths>',
    help: `hidden layer widths of an mlp, 1 to ${MAX_HIDDEN_LAYERS} layers`,
    defaultFor: () => [16, 16],
    check: (value, label) => checkHidden(label, value),
    parse: (text) => parseHidden(text),
    show: (value) => value.join(','),
  }),
);

const batchSize = singleFlagField<number | 'full'>({
  path: 'batchSize',
  flag: '--batch-size',
  arg: '<n|full>',
  help: 'samples per step, or full',
  defaultFor: perKind('batchSize', 'full') as (ctx: FieldContext) => number | 'full',
  check: (value, label) => (value === 'full' ? 'full' : checkNumber(label, value, LIMITS.batchSize)),
  parse: (text, flag) => (text === 'full' ? 'full' : parseNumber(flag, text, LIMITS.batchSize)),
});

const normalize: RecipeField<(typeof NORMALIZE_MODES)[number]> = {
  path: 'normalize',
  flags: [
    {
      key: 'normalize',
      flag: '--normalize',
      arg: '[method]',
      help: 'normalize inputs: standardize (default) or minmax',
      helpParts: aboutOnly('normalize inputs: standardize (default) or minmax'),
    },
  ],
  defaultFor: () => 'none',
  check: (value, label) => checkChoice(label, value, NORMALIZE_MODES),
  fromFlags(flags) {
    const v = flags.normalize;
    if (v === undefined || v === false) return undefined;
    // a bare --normalize means standardize
    return v === true ? 'standardize' : checkChoice('--normalize', v, NORMALIZE_MODES);
  },
  toArgs: (value) => ['--normalize', value],
};

const NO_PENALTY: Regularization = { kind: 'none', rate: 0 };

/** The flag of a weight penalty (`--l1 <rate>`), whose help is its sentence alone. */
function penaltyFlag(key: 'l1' | 'l2', about: string): FlagSpec {
  return { key, flag: `--${key}`, arg: '<rate>', help: about, helpParts: aboutOnly(about) };
}

const regularization: RecipeField<Regularization> = {
  path: 'regularization',
  flags: [
    penaltyFlag('l1', 'L1 weight penalty (adds rate·sign(w) to each gradient)'),
    penaltyFlag('l2', 'L2 weight penalty / weight decay (adds rate·w to each gradient)'),
  ],
  defaultFor: () => NO_PENALTY,
  check(value, label) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw badValue(TypeError, label, phrase(LAB_PHRASES, 'anObject'), value);
    }
    const r = { ...NO_PENALTY, ...value } as Record<string, unknown>;
    return {
      kind: checkChoice(`${label}.kind`, r.kind, PENALTY_KINDS),
      rate: checkNumber(`${label}.rate`, r.rate, LIMITS.regularization),
    };
  },
  fromFlags(flags) {
    const l1 = flagText(flags, 'l1');
    const l2 = flagText(flags, 'l2');
    if (l1 !== undefined && l2 !== undefined) {
      throw phraseError(RangeError, phrase(LAB_PHRASES, 'l1AndL2', l1, l2));
    }
    if (l1 !== undefined) return { kind: 'l1', rate: parseNumber('--l1', l1, LIMITS.regularization) };
    if (l2 !== undefined) return { kind: 'l2', rate: parseNumber('--l2', l2, LIMITS.regularization) };
    return undefined;
  },
  toArgs: (value) => (value.kind === 'none' ? [] : [`--${value.kind}`, String(value.rate)]),
};

const activation = onlyFor(
  ['mlp', 'follow-up'],
  singleFlagField<string>({
    path: 'model.activation',
    flag: '--activation',
    commaList: true,
    arg: '<names>',
    help: 'hidden activation, one for all layers or one per layer (relu,tanh), linear for follow-up',
    list: activationNames(),
    // the follow-up network is the tutorial's linear one unless asked otherwise
    defaultFor: (ctx) => (ctx.kind === 'follow-up' ? 'linear' : 'tanh'),
    check: (value, label, ctx) => checkActivations(label, value, activationNames(), ctx.hiddenLayers ?? 1),
    parse: (text, flag, ctx) => checkActivations(flag, text, activationNames(), ctx.hiddenLayers ?? 1),
  }),
);

const features = singleFlagField<readonly string[] | null>({
  path: 'features',
  flag: '--features',
  commaList: true,
  arg: '<names>',
  help: "inputs made from a 2-input dataset's x1 and x2 (default: x1,x2 as they are), e.g. x1,x2,x1^2",
  list: FEATURE_NAMES,
  helpDefault: false,
  defaultFor: () => null,
  check: (value, label) => (value === null ? null : checkFeatures(label, value)),
  parse: (text, flag) => checkFeatures(flag, text.split(',')),
  show: (value) => (value ?? []).join(','),
});

/** Every recipe field, in the order the CLI lists its flags and `recipeToCliArgs` writes them. */
export const RECIPE_FIELDS: readonly RecipeField[] = [
  dataset,
  options,
  features,
  model,
  hidden,
  activation,
  choiceField({
    path: 'loss',
    flag: '--loss',
    arg: '<name>',
    help: 'loss, by default the one the task needs',
    helpDefault: false,
    choices: lossNames,
    defaultFor: (ctx) => defaultLoss(ctx.task),
  }),
  choiceField({
    path: 'optimizer',
    flag: '--optimizer',
    arg: '<name>',
    help: 'optimizer',
    choices: optimizerNames,
    defaultFor: perKind('optimizer', 'sgd') as (ctx: FieldContext) => string,
  }),
  numberField({
    path: 'lr',
    flag: '--lr',
    arg: '<rate>',
    help: 'learning rate',
    rule: LIMITS.lr,
    defaultFor: perKind('lr', TUTORIAL_DEFAULTS.lr) as (ctx: FieldContext) => number,
    // 1e-5 as people write a rate, not 0.00001 (exact: the shortest form that parses back to the same number)
    show: formatRate,
  }),
  numberField({
    path: 'epochs',
    flag: '--epochs',
    arg: '<n>',
    help: 'epochs to train',
    rule: LIMITS.epochs,
    defaultFor: perKind('epochs', TUTORIAL_DEFAULTS.epochs) as (ctx: FieldContext) => number,
  }),
  batchSize,
  numberField({
    path: 'seed',
    flag: '--seed',
    arg: '<n>',
    help: 'seed for data, split, shuffling and initialization',
    rule: SEED_RULE,
    defaultFor: () => DEFAULT_SEED,
  }),
  onlyFor(
    ['neuron'],
    nullableNumberField({
      path: 'model.initWeight',
      flag: '--init-weight',
      arg: '<w>',
      help: 'start weight of the neuron (default: drawn from the seed)',
      rule: LIMITS.init,
    }),
  ),
  onlyFor(
    ['neuron'],
    nullableNumberField({
      path: 'model.initBias',
      flag: '--init-bias',
      arg: '<b>',
      help: 'start bias of the neuron (default: drawn from the seed)',
      rule: LIMITS.init,
    }),
  ),
  onlyFor(
    ['neuron'],
    choiceField({
      path: 'model.gradient',
      flag: '--gradient',
      arg: '<kind>',
      help: 'neuron weight gradient',
      choices: () => NEURON_GRADIENTS,
      defaultFor: () => 'correct',
    }),
  ),
  normalize,
  numberField({
    path: 'testSplit',
    flag: '--test-split',
    arg: '<ratio>',
    help: 'fraction held out for testing, e.g. 0.2',
    rule: LIMITS.testSplit,
    defaultFor: () => 0,
  }),
  nullableNumberField({
    path: 'targetLoss',
    flag: '--target-loss',
    arg: '<loss>',
    help: 'stop early once the loss is at or below this',
    rule: LIMITS.targetLoss,
  }),
  regularization,
];

/** Every recipe flag, in table order: what `neuronlab train` and `gradcheck` offer. */
export const RECIPE_FLAGS = RECIPE_FIELDS.flatMap((f) => f.flags);

/**
 * A field that only some models read: the neuron's start and gradient, an mlp's widths, the activation of an mlp or the
 * follow-up network. Its flag given for another model would change nothing, so it is refused with one line instead of
 * being ignored; in a JSON recipe of another model it takes its default, so no recipe holds a value that means nothing
 * (and a recipe's command line never names it).
 */
function onlyFor<V>(kinds: readonly ModelKind[], field: RecipeField<V>): RecipeField<V> {
  return {
    ...field,
    check: (value, label, ctx) => (kinds.includes(ctx.kind) ? field.check(value, label, ctx) : field.defaultFor(ctx)),
    fromFlags(flags, ctx) {
      const value = field.fromFlags(flags, ctx);
      if (value !== undefined && !kinds.includes(ctx.kind)) {
        throw phraseError(RangeError, phrase(LAB_PHRASES, 'onlyFor', field.flags[0]!.flag, kinds, ctx.kind));
      }
      return value;
    },
  };
}

/** The task of a dataset: the generator's, or the one a CSV recipe names. */
export function datasetTask(name: string, options: Readonly<Record<string, RecipeValue>> = {}): FieldContext['task'] {
  // a checked CSV recipe's task is one of the three (checkDatasetOptions)
  if (name === 'csv') return (options.task as FieldContext['task'] | undefined) ?? 'regression';
  return datasets[name]?.task ?? 'regression';
}
