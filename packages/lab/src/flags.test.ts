import { badValueOf, phraseOf, TUTORIAL_DEFAULTS } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { checkClassLabels, parseHidden, parseOption } from './field-checks.js';
import { RECIPE_FLAGS } from './fields.js';
import { recipeFromFlags } from './flags.js';
import { MLP_DEFAULTS } from './recipe.js';
import { TUTORIAL_RECIPE } from './tutorial.js';
import { validateRecipe } from './validate.js';

describe('recipeFromFlags', () => {
  it('gives the tutorial recipe when no flag is set', () => {
    expect(recipeFromFlags({})).toEqual(TUTORIAL_RECIPE);
  });

  it('takes the model kind the front end knows from the data or an --init file when --model is left out', () => {
    const csv = { file: 'temps.csv', task: 'regression', x: 'celsius', y: 'fahrenheit' };
    // one input, one regression target: the tutorial's neuron and its settings, as for celsius
    const neuron = recipeFromFlags({}, { csv, kind: 'neuron' });
    expect([neuron.dataset.name, neuron.model.kind, neuron.lr, neuron.optimizer]).toEqual([
      'csv',
      'neuron',
      1e-4,
      'sgd',
    ]);
    // an mlp's file continued on the tutorial's data: the mlp and its settings
    const mlp = recipeFromFlags({}, { kind: 'mlp' });
    expect([mlp.dataset.name, mlp.model.kind, mlp.lr, mlp.optimizer]).toEqual([
      'celsius',
      'mlp',
      MLP_DEFAULTS.lr,
      'adam',
    ]);
    // --model still wins, and without a given kind each dataset keeps its own default
    expect(recipeFromFlags({ model: 'mlp' }, { csv, kind: 'neuron' }).model.kind).toBe('mlp');
    expect(recipeFromFlags({}, { csv }).model.kind).toBe('mlp');
    expect(recipeFromFlags({ dataset: 'moons' }).model.kind).toBe('mlp');
  });

  it('keeps a multiclass CSV’s class labels in the recipe, and refuses labels the --classes flag could not give back', () => {
    const csv = { file: 'pets.csv', task: 'multiclass', classes: ['dog', 'cat', 'bird'] };
    expect(recipeFromFlags({}, { csv }).dataset.options.classes).toEqual(['dog', 'cat', 'bird']);
    expect(checkClassLabels('--classes', ' dog, cat ')).toEqual(['dog', 'cat']);
    for (const bad of [['dog'], ['dog', 'dog'], ['dog', ''], ['a,b', 'c'], ['dog', 3], 'dog', [' dog', 'cat']]) {
      expect(() => recipeFromFlags({}, { csv: { ...csv, classes: bad } })).toThrow(
        'must be 2 to 1000 distinct class labels',
      );
    }
  });

  it('refuses a generator’s options for a CSV file, instead of dropping them', () => {
    const csv = { file: 'temps.csv', task: 'regression' };
    expect(() => recipeFromFlags({ option: ['noise=1'] }, { csv })).toThrow(
      '--option sets a generator’s options, got it with --data. Leave it out.',
    );
    expect(recipeFromFlags({}, { csv }).dataset).toEqual({ name: 'csv', options: csv });
  });

  it('takes a base recipe’s values for the flags left out, as training goes on from a model file', () => {
    const base = recipeFromFlags({
      dataset: 'spiral',
      option: ['noise=0.3'],
      features: 'x1,x2,x1x2',
      lr: '0.03',
      seed: '9',
    });
    expect(recipeFromFlags({}, { base })).toEqual(base);
    const more = recipeFromFlags({ epochs: '40', lr: '0.001' }, { base });
    expect(more).toEqual({ ...base, epochs: 40, lr: 0.001 });
  });

  it('refuses a flag the model does not read, instead of ignoring it', () => {
    const cases: [Record<string, string>, string][] = [
      [
        { dataset: 'moons', initWeight: '0.5' },
        '--init-weight applies to --model neuron only, got --model mlp. Leave it out.',
      ],
      [{ model: 'follow-up', gradient: 'tutorial-mistake' }, '--gradient applies to --model neuron only'],
      [{ model: 'mlp', initBias: '1' }, '--init-bias applies to --model neuron only'],
      // the tutorial's data trains the neuron unless told otherwise: widths alone do not make an mlp
      [{ hidden: '8' }, '--hidden applies to --model mlp only, got --model neuron. Add --model mlp, or leave it out.'],
      [{ model: 'follow-up', hidden: '4' }, '--hidden applies to --model mlp only, got --model follow-up.'],
      [{ activation: 'relu' }, '--activation applies to --model mlp and --model follow-up only, got --model neuron.'],
    ];
    for (const [flags, message] of cases) expect(() => recipeFromFlags(flags)).toThrow(message);
    expect(recipeFromFlags({ initWeight: '0.5', gradient: 'tutorial-mistake' }).model).toMatchObject({
      kind: 'neuron',
      initWeight: 0.5,
      gradient: 'tutorial-mistake',
    });
    expect(recipeFromFlags({ model: 'follow-up', activation: 'relu' }).model.activation).toBe('relu');
    expect(recipeFromFlags({ hidden: '8', activation: 'relu', model: 'mlp' }).model).toMatchObject({ hidden: [8] });
  });

  it('gives its refusals and hints as sentences of its phrase book, so a front end words them without the English', () => {
    const thrown = (flags: Record<string, string>): unknown => {
      try {
        recipeFromFlags(flags);
      } catch (error) {
        return error;
      }
      throw new Error('expected an error');
    };
    expect(phraseOf(thrown({ activation: 'relu' }))).toMatchObject({
      key: 'onlyFor',
      values: ['--activation', ['mlp', 'follow-up'], 'neuron'],
    });
    expect(phraseOf(thrown({ l1: '0.1', l2: '0.2' }))).toMatchObject({ key: 'l1AndL2', values: ['0.1', '0.2'] });
    expect(badValueOf(thrown({ lr: 'abc' }))?.hint).toMatchObject({ key: 'tutorialRate', values: [1e-4] });
    const width = badValueOf(thrown({ model: 'mlp', hidden: '16,,16' }));
    expect(width?.label).toMatchObject({ key: 'hiddenWidth', values: ['16,,16'] });
  });

  it('converts every numeric flag', () => {
    const r = recipeFromFlags({ lr: '0.001', epochs: '200', batchSize: '10', seed: '7', testSplit: '0.25' });
    expect([r.lr, r.epochs, r.batchSize, r.seed, r.testSplit]).toEqual([0.001, 200, 10, 7, 0.25]);
  });

  it('rejects out-of-range values naming the flag', () => {
    const cases: [Record<string, string>, string][] = [
      [{ lr: '-1' }, '--lr must be a number > 0 and <= 10, got "-1"'],
      [{ lr: 'abc' }, '--lr must be'],
      [{ epochs: '0' }, '--epochs must be an integer from 1 to 10000000, got "0"'],
      [{ batchSize: 'half' }, '--batch-size must be an integer'],
      [{ seed: '-3' }, '--seed must be an integer from 0 to 4294967295, got "-3"'],
      [{ testSplit: '1' }, '--test-split must be a number >= 0 and < 1, got "1"'],
      [{ hidden: '16,,16' }, '--hidden (in "16,,16") must be an integer from 1 to 1024, got ""'],
      [{ model: 'cnn' }, '--model must be one of neuron, mlp, follow-up, got "cnn"'],
      [{ optimizer: 'lbfgs' }, '--optimizer must be one of'],
      [{ dataset: 'mnist' }, '--dataset must be one of'],
      [{ activation: 'swish' }, '--activation must be one of'],
    ];
    for (const [flags, message] of cases) expect(() => recipeFromFlags(flags)).toThrow(message);
  });

  it('reads one weight penalty and refuses two', () => {
    expect(recipeFromFlags({ l2: '0.001' }).regularization).toEqual({ kind: 'l2', rate: 0.001 });
    expect(() => recipeFromFlags({ l1: '0.1', l2: '0.1' })).toThrow('--l1 and --l2 must be used one at a time');
    expect(() => recipeFromFlags({ l1: '-1' })).toThrow('--l1 must be a number from 0 to 10, got "-1"');
  });

  it('reads a bare --normalize as standardize', () => {
    expect(recipeFromFlags({ normalize: true }).normalize).toBe('standardize');
    expect(recipeFromFlags({ normalize: 'minmax' }).normalize).toBe('minmax');
  });
});

describe('parseHidden and parseOption', () => {
  it('splits layer widths on commas', () => {
    expect(parseHidden('16,8')).toEqual([16, 8]);
    expect(() => parseHidden('')).toThrow(RangeError);
    expect(() => parseHidden('1,2,3,4,5,6,7,8,9')).toThrow('1 to 8 comma-separated');
  });

  it('types option values', () => {
    expect(parseOption('noise=0.1')).toEqual(['noise', 0.1]);
    expect(parseOption('shuffle=true')).toEqual(['shuffle', true]);
    expect(parseOption('name=abc')).toEqual(['name', 'abc']);
    expect(() => parseOption('noise')).toThrow('--option must be key=value');
  });
});

describe('generator options', () => {
  it('checks option keys and values against the generator, naming the key and the allowed options', () => {
    expect(recipeFromFlags({ option: ['noise=0.5'] }).dataset.options).toEqual({ noise: 0.5 });
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(() => recipeFromFlags({ option: [`${key}=1`] })).toThrow(
        new RangeError(
          `--option key must be one of start, count, noise, got "${key}". Run "neuronlab datasets" to see the options of celsius.`,
        ),
      );
    }
    expect(() => recipeFromFlags({ dataset: 'spiral', option: ['noise=abc'] })).toThrow(
      '--option noise must be a number from',
    );
  });
});

describe('the recipe table', () => {
  it('gives every flag a help line and states the tutorial’s defaults from core', () => {
    for (const spec of RECIPE_FLAGS) expect(spec.help.length).toBeGreaterThan(10);
    const lr = RECIPE_FLAGS.find((f) => f.flag === '--lr');
    expect(lr?.help).toBe(`learning rate (tutorial: 1e-4, mlp: ${MLP_DEFAULTS.lr})`);
    expect(TUTORIAL_RECIPE.lr).toBe(TUTORIAL_DEFAULTS.lr);
    expect(TUTORIAL_RECIPE.epochs).toBe(TUTORIAL_DEFAULTS.epochs);
  });

  it('fills a partial JSON recipe with the same per-model defaults as the flags', () => {
    expect(validateRecipe({ dataset: { name: 'spiral' } })).toEqual(recipeFromFlags({ dataset: 'spiral' }));
    expect(validateRecipe({ dataset: { name: 'spiral' } }).lr).toBe(MLP_DEFAULTS.lr);
  });
});
