import type { DoneEvent, ParamReport } from '@neuronlab/core';
import { planRun, recipeFromFlags } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { summaryText } from './summary-text.js';

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

  it('writes no formula for a network', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'sine', model: 'mlp', epochs: '1' }));
    expect(summaryText(plan, doneWith(1, 2), 10, null)).not.toContain('learned');
  });
});
