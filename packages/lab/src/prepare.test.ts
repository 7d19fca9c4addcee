import { fit } from '@neuronlab/core';
import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { recipeFromFlags } from './flags.js';
import { prepareRun } from './prepare.js';
import { TUTORIAL_RECIPE } from './recipe.js';

describe('prepareRun', () => {
  it('reproduces the tutorial run from w = b = 0.5', () => {
    const model = { ...TUTORIAL_RECIPE.model, initWeight: 0.5, initBias: 0.5 };
    const run = prepareRun({ ...TUTORIAL_RECIPE, model });
    const done = fit(run.model, { train: run.train }, run.trainOptions);
    const [w, b] = done.params.map((p) => p.values?.[0] ?? Number.NaN);
    // core's float64 reference from w = b = 0.5; 1e-12 relative allows for summation order only
    expect(w).toBeCloseTo(REF.half.w, 12);
    expect((b ?? 0) / REF.half.b).toBeCloseTo(1, 12);
    expect(done.loss / REF.half.mse).toBeCloseTo(1, 12);
  });

  it('starts the neuron from the seed like createNeuron({ seed })', () => {
    const a = prepareRun(TUTORIAL_RECIPE).model.params();
    const b = prepareRun({ ...TUTORIAL_RECIPE, seed: 7 }).model.params();
    expect(a[0]?.value[0]).not.toBe(b[0]?.value[0]);
    for (const p of a) expect(p.value[0]).toBeGreaterThanOrEqual(0);
  });

  it('gives identical numbers for the same recipe', () => {
    const recipe = { ...recipeFromFlags({ dataset: 'xor', testSplit: '0.3', normalize: true }), epochs: 5 };
    const r1 = prepareRun(recipe);
    const r2 = prepareRun(recipe);
    const d1 = fit(r1.model, { train: r1.train, test: r1.test ?? r1.train }, r1.trainOptions);
    const d2 = fit(r2.model, { train: r2.train, test: r2.test ?? r2.train }, r2.trainOptions);
    expect(d1).toEqual(d2);
    expect(d1.epochs).toBe(5);
  });

  it('holds out the test split and fits the normalization on training rows only', () => {
    const run = prepareRun({ ...recipeFromFlags({ dataset: 'moons', testSplit: '0.25' }), normalize: 'standardize' });
    expect((run.train.n + (run.test?.n ?? 0)) / run.dataset.n).toBe(1);
    expect(run.test?.n).toBe(Math.round(run.dataset.n * 0.25));
    let mean = 0;
    for (let i = 0; i < run.train.n; i++) mean += run.train.x[2 * i] ?? 0;
    // standardized training inputs have mean 0 up to float rounding over a few hundred rows
    expect(Math.abs(mean / run.train.n)).toBeLessThan(1e-12);
  });

  it('predicts from raw inputs through the normalization', () => {
    const run = prepareRun({ ...TUTORIAL_RECIPE, normalize: 'minmax' });
    const direct = run.model.predict(run.train.x, run.train.n);
    expect(run.predict(run.rawTrain.x, run.rawTrain.n)).toEqual(direct);
  });

  it('refuses the neuron on data it cannot model', () => {
    expect(() => prepareRun({ ...recipeFromFlags({ dataset: 'xor' }), model: TUTORIAL_RECIPE.model })).toThrow(
      'model neuron must be given 1-input 1-output regression data',
    );
  });

  it('applies an L2 penalty through the optimizer, which changes the result', () => {
    const base = { ...recipeFromFlags({ dataset: 'xor' }), epochs: 3 };
    const a = prepareRun(base);
    const b = prepareRun({ ...base, regularization: { kind: 'l2', rate: 0.1 } });
    const da = fit(a.model, { train: a.train }, a.trainOptions);
    const db = fit(b.model, { train: b.train }, b.trainOptions);
    expect(db.loss).not.toBe(da.loss);
  });

  it('rejects a split that leaves a set empty', () => {
    expect(() => prepareRun({ ...TUTORIAL_RECIPE, testSplit: 0.001 })).toThrow('testSplit must be');
  });
});
