import { planRun, recipeFromFlags } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import type { DecisionChart } from './components/DecisionPanel.js';
import type { RegressionChart } from './components/RegressionPanel.js';
import type { Predictions } from './session/worker-events.js';
import type { Prediction } from './session/worker-protocol.js';
import { chartInputs, chartView, neuronTargets, runInfo } from './views.js';

/** Predictions as a test hands them out: `asked` records every set of inputs, `shown` is what the feed has taken. */
function fakePredictions() {
  const asked: { x: Float64Array; n: number }[] = [];
  const p = {
    asked,
    shown: null as Prediction | null,
    initial: null as Prediction | null,
    predictAt(x: Float64Array, n: number) {
      asked.push({ x, n });
      return asked.length;
    },
    prediction: () => p.shown,
  };
  return p satisfies Predictions;
}

describe('views ask the dataset and the plan', () => {
  it('labels the tutorial chart in °C and °F and draws the exact relation as a line', () => {
    const chart = chartView(planRun(recipeFromFlags({})), fakePredictions());
    expect(chart).toMatchObject({ kind: 'regression', xName: '°C', yName: '°F', exact: true });
  });

  it('labels data without units by its column names and draws noisy samples as dots', () => {
    const chart = chartView(planRun(recipeFromFlags({ dataset: 'sine', model: 'mlp' })), fakePredictions());
    expect(chart).toMatchObject({ kind: 'regression', xName: 'x', yName: 'y', exact: false });
  });

  it('draws the line the training thread predicted at the sorted xs, before training and at the shown epoch', () => {
    const plan = planRun(recipeFromFlags({}));
    const inputs = chartInputs(plan)!;
    const p = fakePredictions();
    const chart = chartView(plan, p) as RegressionChart;
    expect(inputs.n).toBe(plan.dataset.n);
    expect([...inputs.x]).toEqual([...chart.xs]);
    expect([...chart.xs]).toEqual([...chart.xs].sort((a, b) => a - b));
    expect(chart.current()).toBeNull();
    p.initial = { id: 1, epoch: 0, values: Float64Array.of(1) };
    p.shown = { id: 1, epoch: 7, values: Float64Array.of(2) };
    expect(chart.before()).toBe(p.initial.values);
    expect(chart.current()).toBe(p.shown.values);
  });

  it('asks the training thread for the decision regions at the panel’s grid, again only when its size changes', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'xor' }));
    expect(chartInputs(plan)).toBeUndefined();
    const p = fakePredictions();
    const chart = chartView(plan, p) as DecisionChart;
    expect(chart.regions(4, 2)).toBeNull();
    expect(chart.regions(4, 2)).toBeNull();
    expect(p.asked.map((a) => a.n)).toEqual([8]);
    p.shown = { id: 1, epoch: 3, values: new Float64Array(8) };
    expect(chart.regions(4, 2)).toEqual({ values: p.shown.values, px: 4, py: 2 });
    // resized: the new grid is asked for, and the old map is drawn at its own size until the new one comes
    expect(chart.regions(6, 4)).toEqual({ values: p.shown.values, px: 4, py: 2 });
    expect(p.asked.map((a) => a.n)).toEqual([8, 24]);
  });

  it('gives the neuron the celsius truth and symbols, and a network no neuron targets', () => {
    const t = neuronTargets(planRun(recipeFromFlags({})));
    expect(t?.truth).toEqual({ slope: 1.8, intercept: 32 });
    expect(t?.symbols).toEqual({ x: 'C', y: 'F' });
    expect(neuronTargets(planRun(recipeFromFlags({ dataset: 'xor' })))).toBeNull();
  });

  it('knows a linear dataset’s coefficients and passes the input normalization on for the formula', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'linear', model: 'neuron', normalize: 'standardize' }));
    const t = neuronTargets(plan);
    expect(t?.truth).toEqual({ slope: 2, intercept: 1 });
    expect(t?.symbols).toEqual({ x: 'x', y: 'y' });
    expect(t?.normalization).toBe(plan.normalization);
    expect(runInfo(plan).model).toBe('neuron out = w·x + b');
  });

  it('names the model kind and the layers the plan built: an mlp, and the follow-up preset', () => {
    expect(runInfo(planRun(recipeFromFlags({ dataset: 'xor', hidden: '8' }))).model).toBe('mlp 2-8-1 tanh');
    expect(runInfo(planRun(recipeFromFlags({ model: 'follow-up' }))).model).toBe('follow-up 1-2-1 linear');
  });
});
