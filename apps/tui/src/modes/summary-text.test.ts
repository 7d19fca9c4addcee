import type { DoneEvent, ParamReport } from '@neuronlab/core';
import { planRun, recipeFromFlags } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages-en.js';
import { ja } from '../i18n/messages-ja.js';
import { progressText, summaryText } from './summary-text.js';

const scalar = (name: string, value: number): ParamReport => ({
  name,
  shape: [1],
  values: [value],
  grads: [0],
  norm: Math.abs(value),
  gradNorm: 0,
});

function doneWith(w: number, b: number): DoneEvent {
  return { type: 'done', epochs: 5, steps: 5, loss: 0, reason: 'completed', params: [scalar('w', w), scalar('b', b)] };
}

describe('summaryText', () => {
  it('writes the neuron’s formula in the data’s own units when it trained on standardized inputs', () => {
    const plan = planRun(recipeFromFlags({ normalize: 'standardize' }));
    const stats = plan.normalization;
    if (stats?.kind !== 'standardize') throw new Error('expected standardize statistics');
    const [mean, std] = [stats.mean[0]!, stats.std[0]!];
    // w'·(x − mean)/std + b' is 1.8·x + 32 for w' = 1.8·std and b' = 1.8·mean + 32
    const text = summaryText(plan, doneWith(1.8 * std, 1.8 * mean + 32), 1000, null);
    expect(text).toContain('learned F = 1.8·C + 32');
    expect(text).toContain('on standardized inputs');
  });

  it('words the summary and the progress line in a table’s language, numbers as in English', () => {
    const plan = planRun(recipeFromFlags({ normalize: 'minmax' }));
    const done = { ...doneWith(1.5, 2), metrics: { r2: 0.5 } };
    const [english, japanese] = [en.plain, ja.plain].map((t) => summaryText(plan, done, 1500, 'm.json', t));
    expect(japanese).toBe(
      [
        'neuronlab: celsius で neuron を 5 エポック学習しました (1.5s、完了)',
        '最終損失 0 (mse)',
        `学習結果 ${/learned (.*) {2}\(/.exec(english ?? '')![1]}  (w = 1.5, b = 2、最小最大正規化した入力で)`,
        'R² 0.5',
        '保存先 m.json',
        '',
      ].join('\n'),
    );
    expect(progressText(2500, 10_000, 0.125, ja.plain)).toBe('エポック 2,500/10,000 (25%)  損失 0.125');
    expect(progressText(2500, 10_000, 0.125)).toBe('epoch 2,500/10,000 (25%)  loss 0.125');
  });

  it('writes no formula for a network', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'sine', model: 'mlp', epochs: '1' }));
    expect(summaryText(plan, doneWith(1, 2), 10, null)).not.toContain('learned');
  });
});
