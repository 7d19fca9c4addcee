import { fit } from '@neuronlab/core';
import { createFollowUpNetwork } from '@neuronlab/core/nn';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, recipeToCliArgs } from './args.js';
import { recipeFromFlags } from './flags.js';
import { materializeRun, planRun } from './plan.js';

describe('the follow-up model preset', () => {
  it('plans the 1-2-1 linear network with createFollowUpNetwork’s 7 starting parameters for the seed', () => {
    const recipe = recipeFromFlags({ model: 'follow-up', seed: '11' });
    expect(recipe.model.activation).toBe('linear');
    // the tutorial's training settings, like the neuron's
    expect([recipe.optimizer, recipe.lr, recipe.epochs, recipe.batchSize]).toEqual(['sgd', 1e-4, 10_000, 'full']);
    const run = materializeRun(planRun(recipe));
    const expected = createFollowUpNetwork(11)
      .params()
      .map((p) => Array.from(p.value));
    expect(run.model.params().map((p) => Array.from(p.value))).toEqual(expected);
    expect(expected.flat()).toHaveLength(7);
  });

  it('learns the Celsius line with the tutorial’s settings', () => {
    const run = materializeRun(planRun(recipeFromFlags({ model: 'follow-up', epochs: '3000' })));
    const done = fit(run.model, run.data, run.options);
    const [f0, f10] = run.model.predict(Float64Array.of(0, 10), 2);
    // 3000 epochs get within a degree or so of F = 1.8·C + 32; the test only needs "close to the line"
    expect(f0).toBeCloseTo(32, 0);
    expect((f10! - f0!) / 10).toBeCloseTo(1.8, 1);
    expect(done.loss).toBeLessThan(1);
  });

  it('takes a hidden activation, and survives the CLI words round trip', () => {
    const recipe = recipeFromFlags({ model: 'follow-up', activation: 'tanh' });
    expect(recipeFromFlags(parseCliArgs(recipeToCliArgs(recipe)))).toEqual(recipe);
    const plan = planRun(recipe);
    expect(plan.initialModel.kind === 'sequential' && plan.initialModel.layers.map((l) => l.activation)).toEqual([
      'tanh',
      'linear',
    ]);
  });

  it('refuses data it cannot fit with one input and one output', () => {
    expect(() => planRun(recipeFromFlags({ model: 'follow-up', dataset: 'spiral' }))).toThrow(/model follow-up/);
  });
});
