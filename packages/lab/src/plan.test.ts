import { fit, Neuron, type TrainEvent, trainSync } from '@neuronlab/core';
import { createSequential, NetworkModel } from '@neuronlab/core/nn';
import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { recipeFromFlags } from './flags.js';
import { type LiveRun, materializeRun, planRun, predictRaw, type RunPlan } from './plan.js';
import { TUTORIAL_RECIPE } from './tutorial.js';
import { validateRecipe } from './validate.js';

function fitLive(run: LiveRun) {
  return fit(run.model, run.data, run.options);
}

function events(plan: RunPlan): TrainEvent[] {
  const run = materializeRun(plan);
  return [...trainSync(run.model, run.data, { ...run.options, reportEvery: 1 })];
}

describe('planRun and materializeRun', () => {
  it('reproduces the tutorial run from w = b = 0.5', () => {
    const recipe = validateRecipe({ model: { initWeight: 0.5, initBias: 0.5 } });
    const done = fitLive(materializeRun(planRun(recipe)));
    const [w, b] = done.params.map((p) => p.values?.[0] ?? Number.NaN);
    // core's float64 reference run from w = b = 0.5; 1e-12 relative allows for summation order only
    expect(w).toBeCloseTo(REF.half.w, 12);
    expect((b ?? 0) / REF.half.b).toBeCloseTo(1, 12);
    expect(done.loss / REF.half.mse).toBeCloseTo(1, 12);
  });

  it('starts the neuron from the seed like createNeuron({ seed })', () => {
    const a = materializeRun(planRun(TUTORIAL_RECIPE)).model.params();
    const b = materializeRun(planRun(validateRecipe({ seed: 7 }))).model.params();
    expect(a[0]?.value[0]).not.toBe(b[0]?.value[0]);
    for (const p of a) expect(p.value[0]).toBeGreaterThanOrEqual(0);
  });

  it('trains to bit-identical events after structuredClone: the neuron with the tutorial’s mistaken gradient', () => {
    const plan = planRun(recipeFromFlags({ gradient: 'tutorial-mistake', epochs: '50' }));
    expect(events(structuredClone(plan))).toEqual(events(plan));
  });

  it('trains to bit-identical events after structuredClone: an mlp with a test split, minibatches, scaling and l2', () => {
    const flags = { dataset: 'moons', testSplit: '0.3', batchSize: '16', normalize: true, l2: '0.01', epochs: '5' };
    const plan = planRun(recipeFromFlags(flags));
    const cloned = events(structuredClone(plan));
    expect(cloned).toEqual(events(plan));
    expect(cloned.at(-1)?.type).toBe('done');
  });

  it('trains to bit-identical events after structuredClone when it starts from a given model', () => {
    const recipe = recipeFromFlags({ dataset: 'xor', hidden: '3', epochs: '5' });
    const net = createSequential({
      inputDim: 2,
      layers: [
        { units: 3, activation: 'relu' },
        { units: 1, activation: 'sigmoid' },
      ],
      seed: 99,
    });
    const start = new NetworkModel(net, 'binary-cross-entropy');
    const plan = planRun(recipe, { model: start });
    const run = materializeRun(structuredClone(plan));
    expect(run.model.params().map((p) => [...p.value])).toEqual(start.params().map((p) => [...p.value]));
    expect(events(structuredClone(plan))).toEqual(events(plan));
  });

  it('goes on from a given neuron with the recipe’s gradient: the model gives the parameters, the recipe the training', () => {
    const start = new Neuron(0.25, 3);
    const mistaken = planRun(recipeFromFlags({ gradient: 'tutorial-mistake', epochs: '20' }), { model: start });
    const correct = planRun(recipeFromFlags({ epochs: '20' }), {
      model: new Neuron(0.25, 3, { gradient: 'tutorial-mistake' }),
    });
    expect([mistaken.initialModel, correct.initialModel].map((m) => m.kind === 'neuron' && m.gradient)).toEqual([
      'tutorial-mistake',
      'correct',
    ]);
    // the same start, trained each way: the recipe's gradient is the one that trains
    const fresh = (gradient: string) =>
      events(planRun(recipeFromFlags({ gradient, epochs: '20', initWeight: '0.25', initBias: '3' })));
    expect(events(mistaken)).toEqual(fresh('tutorial-mistake'));
    expect(events(correct)).toEqual(fresh('correct'));
    expect(events(mistaken)).not.toEqual(events(correct));
  });

  it('holds plain data only: no functions, no class instances but typed arrays', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'spiral', l1: '0.001' }));
    const walk = (v: unknown): void => {
      expect(typeof v).not.toBe('function');
      if (v === null || typeof v !== 'object' || v instanceof Float64Array) return;
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(v));
      for (const x of Object.values(v)) walk(x);
    };
    walk(plan);
    expect(plan.training.optimizer).toEqual({ name: 'adam', settings: { l1: 0.001 } });
  });

  it('holds out the test split and fits the normalization on training rows only', () => {
    const plan = planRun(
      validateRecipe({ ...recipeFromFlags({ dataset: 'moons', testSplit: '0.25' }), normalize: 'standardize' }),
    );
    expect((plan.train.n + (plan.test?.n ?? 0)) / plan.dataset.n).toBe(1);
    expect(plan.test?.n).toBe(Math.round(plan.dataset.n * 0.25));
    let mean = 0;
    for (let i = 0; i < plan.train.n; i++) mean += plan.train.x[2 * i] ?? 0;
    // standardized training inputs have mean 0 up to float rounding over a few hundred rows
    expect(Math.abs(mean / plan.train.n)).toBeLessThan(1e-12);
  });

  it('predicts from raw inputs through the normalization', () => {
    const run = materializeRun(planRun(validateRecipe({ normalize: 'minmax' })));
    const direct = run.model.predict(run.plan.train.x, run.plan.train.n);
    expect(predictRaw(run.model, run.plan, run.plan.rawTrain.x, run.plan.rawTrain.n)).toEqual(direct);
  });

  it('refuses the neuron on data it cannot model', () => {
    expect(() => planRun(recipeFromFlags({ dataset: 'xor', model: 'neuron' }))).toThrow(
      'model neuron must be given 1-input 1-output regression data',
    );
  });

  it('applies an L2 penalty through the optimizer, which changes the result', () => {
    const a = fitLive(materializeRun(planRun(recipeFromFlags({ dataset: 'xor', epochs: '3' }))));
    const b = fitLive(materializeRun(planRun(recipeFromFlags({ dataset: 'xor', epochs: '3', l2: '0.1' }))));
    expect(b.loss).not.toBe(a.loss);
  });

  it('rejects a split that leaves a set empty, naming the ratios that work, which split as promised', () => {
    const recipe = (count: number, testSplit: number) =>
      validateRecipe({ dataset: { name: 'celsius', options: { count } }, testSplit });
    const refusal = (count: number, testSplit: number) => {
      try {
        planRun(recipe(count, testSplit));
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`planRun took --test-split ${testSplit} for ${count} samples`);
    };
    expect(refusal(100, 0.001)).toBe(
      '--test-split must be a number from 0.005 to 0.994, got 0.001. With 100 samples, any other ratio leaves the training or the test set empty.',
    );
    expect(refusal(1, 0.5)).toBe('--test-split must be 0: one sample cannot be split, got 0.5. Leave it out.');
    for (const count of [2, 3, 7, 10, 11, 99, 1000, 12345]) {
      const [, min, max] = refusal(count, 0.9999999)
        .match(/from ([\d.e-]+) to ([\d.e-]+),/)!
        .map(Number);
      for (const ratio of [min!, max!]) {
        const plan = planRun(recipe(count, ratio));
        expect(plan.test!.n).toBeGreaterThan(0);
        expect(plan.train.n).toBeGreaterThan(0);
      }
      // one step past either end, in the third significant digit, is refused (at 1, by the recipe's own rule)
      const unit = (x: number) => 10 ** (Math.floor(Math.log10(x)) - 2);
      expect(() => planRun(recipe(count, min! - unit(min!)))).toThrow('--test-split must be');
      expect(() => planRun(recipe(count, max! + unit(max!)))).toThrow(/(--test-split|recipe.testSplit) must be/);
    }
  });
});
