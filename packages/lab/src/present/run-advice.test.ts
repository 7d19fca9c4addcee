import type { Dataset } from '@neuronlab/core';
import { generateDataset } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';
import { recipeFromFlags } from '../flags.js';
import { planRun } from '../plan.js';
import { runAdvice } from './run-advice.js';

/** A plan from CLI flags, on `dataset` when given (a CSV's data, say). */
const plan = (flags: Record<string, string | boolean>, dataset?: Dataset) =>
  planRun(recipeFromFlags(flags), dataset ? { dataset } : {});

describe('runAdvice', () => {
  it('advises normalizing a network’s inputs that reach far from 0, naming the farthest and its column', () => {
    const advice = runAdvice(plan({ dataset: 'celsius', model: 'mlp' }));
    expect(advice?.key).toBe('normalizeInputs');
    expect(advice?.values).toEqual(['-50', 'celsius']);
    expect(advice?.text).toBe('hint: inputs reach -50 (celsius), far from 0: try --normalize.');
  });

  it('names a CSV column and a made feature by the names the dashboard shows', () => {
    const data = generateDataset('celsius', {}, 1);
    const csv = { ...data, featureNames: ['temp_c'] };
    expect(runAdvice(plan({ data: 'temps.csv', model: 'mlp' }, csv))?.values[1]).toBe('temp_c');
    // moons spread ten times wider, through features: the square of x1 is what reaches farthest
    const moons = generateDataset('moons', {}, 1);
    const wide = { ...moons, x: moons.x.map((v) => 10 * v), name: 'wide.csv' };
    const advice = runAdvice(plan({ data: 'wide.csv', task: 'binary', model: 'mlp', features: 'x1,x2,x1^2' }, wide));
    expect(advice?.values[1]).toBe('x₁²');
    expect(Number(advice?.values[0])).toBeGreaterThan(100);
  });

  it('stays quiet for normalized inputs, inputs near 0, and the tutorial’s neuron', () => {
    expect(runAdvice(plan({ dataset: 'celsius', model: 'mlp', normalize: true }))).toBeNull();
    expect(runAdvice(plan({ dataset: 'spiral' }))).toBeNull();
    expect(runAdvice(plan({}))).toBeNull();
  });
});
