import { type NetworkStep, type StepTrace, traceStep } from '@neuronlab/core';
import { formatNumber, inputNames, materializeRun, planRun, type RecipeFlags, recipeFromFlags } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages-en.js';
import { ja } from '../i18n/messages-ja.js';
import { displayWidth } from '../text-width.js';
import { stepText } from './step-text.js';

/** The step `neuronlab step` prints for these recipe flags, traced here as its thread traces it. */
function stepOf(flags: RecipeFlags, at = 0, sample = 0): StepTrace {
  const run = materializeRun(planRun(recipeFromFlags(flags)));
  return traceStep(run.model, run.data, { ...run.options, at, sample });
}

/** The steps that between them use every sentence of the text: SGD, the tutorial's mistake, Adam, momentum. */
const steps = {
  neuron: stepOf({}),
  mistake: stepOf({ gradient: 'tutorial-mistake', initWeight: '0.5', initBias: '0.5' }),
  adam: stepOf({ dataset: 'xor', hidden: '2', batchSize: '4' }),
  momentum: stepOf({ dataset: 'moons', hidden: '3', optimizer: 'momentum' }),
  followUp: stepOf({ model: 'follow-up' }, 0, 7),
  features: stepOf({ dataset: 'spiral', features: 'x1,x2,x1^2,sinx1', normalize: 'standardize', hidden: '2' }),
};

/** Every sentence of a step table, with its functions given a placeholder for each formula or number. */
function tableText(table: Record<string, unknown>): string {
  return Object.values(table)
    .map((v) => (typeof v === 'function' ? v(...Array.from({ length: v.length }, () => '#')) : v))
    .flatMap((v) => (typeof v === 'object' && v !== null ? Object.values(v) : [v]))
    .join('\n');
}

/**
 * The English words of the English table, which none of the Japanese text may hold. `lr` is left out: it is the
 * learning rate's symbol in the update formulas, which both languages write alike (as they write w and b).
 */
const englishWords = [...new Set(tableText(en.step).match(/[A-Za-z]{2,}/g))].filter(
  (word) => word !== 'lr' && word !== 'neuronlab',
);

/**
 * The distinct numbers of a text, sorted: the Japanese heads are wider, so a table may split at other columns, which
 * orders the numbers otherwise and repeats the key column (`W₁[0,1]`) once more.
 */
const numbers = (text: string) => [...new Set(text.match(/\d+(?:\.\d+)?(?:e[+-]?\d+)?/g))].sort();

describe('stepText in Japanese', () => {
  it.each(Object.entries(steps))('titles the %s step’s four parts the way Japanese texts do', (_, step) => {
    const text = stepText(step, null, null, ja.step);
    for (const title of ['1. 順伝播', '2. 損失', '3. 逆伝播', '4. 更新']) expect(text).toContain(title);
    expect(text).toMatch(/^neuronlab step: /);
    expect(text).toContain('学習率');
  });

  it.each(Object.entries(steps))('keeps no English word of the %s step’s English text', (_, step) => {
    // the command's own name heads the text in every language
    const text = stepText(step, null, null, ja.step).replace(/^neuronlab step:/, '');
    const found = englishWords.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(text));
    expect(found).toEqual([]);
    expect(text).not.toContain('e.g.');
  });

  it('writes the neuron’s chain rule, the tutorial’s mistake and the update with the textbook terms', () => {
    const neuron = stepText(steps.neuron, null, null, ja.step);
    expect(neuron).toContain('3. 逆伝播 (連鎖律): ∂L/∂outᵢ = 2(outᵢ − yᵢ)/N');
    expect(neuron).toContain('4. 更新 (sgd): 更新後 = 更新前 − lr·∂L/∂·、学習率 lr = 1e-4');
    const mistake = stepText(steps.mistake, null, null, ja.step);
    expect(mistake).toContain('^ チュートリアルの誤り: 連鎖律で掛けるのは outᵢ ではなく xᵢ:');
    const adam = stepText(steps.adam, null, null, ja.step);
    expect(adam).toContain('更新量 = lr·m̂/(√v̂ + ε), 更新後 = 更新前 − 更新量');
    expect(adam).toContain('第1層 (2 → 2, tanh)');
  });

  it.each(Object.entries(steps))('prints the %s step’s numbers exactly as the English text does', (_, step) => {
    for (const digits of [null, 4]) {
      expect(numbers(stepText(step, digits, null, ja.step))).toEqual(numbers(stepText(step, digits, null, en.step)));
    }
  });

  it.each(Object.entries(steps))(
    'fits the %s step in 80 columns, with each table aligned by display width',
    (_, step) => {
      const lines = stepText(step, null, null, ja.step).split('\n');
      expect(lines.filter((l) => displayWidth(l) > 80)).toEqual([]);
      // every update table: the head row and each parameter's row end at the same column (the last is right-aligned)
      const heads = lines.flatMap((l, i) => (l.startsWith('  パラメータ') ? [i] : []));
      expect(heads.length).toBeGreaterThan(0);
      const rows = step.optimizer.params.reduce((n, p) => n + p.before.length, 0);
      for (const at of heads) {
        const table = lines.slice(at, at + 1 + rows);
        expect(new Set(table.map(displayWidth)).size, table.join('\n')).toBe(1);
      }
    },
  );

  it('names a network’s inputs in a table, normalized as the first layer sees them', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'spiral', features: 'x1,x2,sinx1', normalize: 'minmax' }));
    const run = materializeRun(plan);
    const step = traceStep(run.model, run.data, { ...run.options, at: 0, sample: 3 }) as NetworkStep;
    const names = { inputs: inputNames(plan), normalize: plan.recipe.normalize, classes: null };
    for (const words of [en.step, ja.step]) {
      const lines = stepText(step, 4, null, words, names).split('\n');
      expect(lines).toContain(`  ${words.followsInputs('3', 'minmax')}`);
      // the row's inputs, each by name: what the first layer's sums (Σₖ aₖ·W₁[k,j]) take
      step.layers[0]!.input.forEach((v, k) => {
        const row = new RegExp(`^ +${k} +${['x₁', 'x₂', 'sin x₁'][k]} +${formatNumber(v, 4)}$`);
        expect(lines.some((l) => row.test(l))).toBe(true);
      });
    }
  });

  it('puts the worked example’s result under the sample’s subscript in both languages', () => {
    for (const words of [en.step, ja.step]) {
      const lines = stepText(steps.neuron, null, 7, words).split('\n');
      const at = lines.findIndex((l) => l.includes(' out₇ = '));
      const example = lines[at]!;
      const column = displayWidth(example.slice(0, example.indexOf('₇')));
      expect(displayWidth(lines[at + 1]!.slice(0, lines[at + 1]!.indexOf('=')))).toBe(column);
    }
  });
});

describe('stepText in English', () => {
  it('says what it said before the words moved to the message table', () => {
    const lines = stepText(steps.neuron, null, null, en.step).split('\n');
    expect(lines.slice(0, 2)).toEqual([
      "neuronlab step: the tutorial's neuron out = w·x + b",
      '  step 1: the last of epoch 1, full batch of 100, sgd lr 1e-4',
    ]);
    expect(lines).toContain('1. forward, every sample: outᵢ = w·xᵢ + b, and its error outᵢ − yᵢ');
    expect(lines).toContain('2. loss: L = Σ(outᵢ − yᵢ)²/N with N = 100');
    expect(lines).toContain('3. backward, the chain rule: ∂L/∂outᵢ = 2(outᵢ − yᵢ)/N, then ∂L/∂w and ∂L/∂b');
    expect(lines).toContain('4. update (sgd): new = old − lr·∂L/∂·, lr = 1e-4');
    expect(lines.find((l) => l.startsWith('  parameter'))).toMatch(/^ {2}parameter +old +∂L\/∂· +lr·∂L\/∂·$/);
    expect(lines).toContain('          = -32.91908407605488');
    const mistake = stepText(steps.mistake, null, null, en.step);
    expect(mistake).toContain("  ^ the tutorial's mistake: the chain rule multiplies by xᵢ, not outᵢ:");
    const adam = stepText(steps.adam, null, null, en.step).split('\n');
    expect(adam).toContain('4. update (adam, t = 50): m = β₁m + (1−β₁)g, v = β₂v + (1−β₂)g²,');
    expect(adam).toContain('   m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ), step = lr·m̂/(√v̂ + ε), new = old − step');
    expect(adam).toContain('  layer 2 (2 → 1, sigmoid)');
    expect(adam).toContain('  the loss takes z itself here: ∂L/∂zⱼ = (aⱼ − yⱼ)/N');
    const momentum = stepText(steps.momentum, null, null, en.step);
    expect(momentum).toContain('4. update (momentum): new = old − step, the step from its own state');
  });
});
