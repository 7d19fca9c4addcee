import { materializeRun, planRun, recipeFromFlags } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { chartView, neuronTargets, runInfo } from './views.js';

describe('views ask the dataset and the model', () => {
  it('labels the tutorial chart in °C and °F and draws the exact relation as a line', () => {
    const chart = chartView(materializeRun(planRun(recipeFromFlags({}))));
    expect(chart).toMatchObject({ kind: 'regression', xName: '°C', yName: '°F', exact: true });
  });

  it('labels data without units by its column names and draws noisy samples as dots', () => {
    const chart = chartView(materializeRun(planRun(recipeFromFlags({ dataset: 'sine', model: 'mlp' }))));
    expect(chart).toMatchObject({ kind: 'regression', xName: 'x', yName: 'y', exact: false });
  });

  it('gives the neuron the celsius truth and symbols, and a network no neuron targets', () => {
    const t = neuronTargets(materializeRun(planRun(recipeFromFlags({}))));
    expect(t?.truth).toEqual({ slope: 1.8, intercept: 32 });
    expect(t?.symbols).toEqual({ x: 'C', y: 'F' });
    expect(neuronTargets(materializeRun(planRun(recipeFromFlags({ dataset: 'xor' }))))).toBeNull();
  });

  it('knows a linear dataset’s coefficients and passes the input normalization on for the formula', () => {
    const run = materializeRun(
      planRun(recipeFromFlags({ dataset: 'linear', model: 'neuron', normalize: 'standardize' })),
    );
    const t = neuronTargets(run);
    expect(t?.truth).toEqual({ slope: 2, intercept: 1 });
    expect(t?.symbols).toEqual({ x: 'x', y: 'y' });
    expect(t?.normalization).toBe(run.plan.normalization);
    expect(runInfo(run).model).toBe('neuron out = w·x + b');
  });
});
