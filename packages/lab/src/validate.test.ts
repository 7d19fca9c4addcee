import { describe, expect, it } from 'vitest';
import { TUTORIAL_RECIPE } from './tutorial.js';
import { validateRecipe } from './validate.js';

describe('validateRecipe', () => {
  it('fills what a partial recipe leaves out with the tutorial values', () => {
    expect(validateRecipe({ lr: 0.001 })).toEqual({ ...TUTORIAL_RECIPE, lr: 0.001 });
    expect(validateRecipe({ model: { kind: 'mlp' } }).model.hidden).toEqual([16, 16]);
  });

  it('gives the neuron’s own fields their defaults in another model’s recipe, where they mean nothing', () => {
    const neuronFields = { initWeight: 0.5, initBias: -2, gradient: 'tutorial-mistake' };
    const mlp = validateRecipe({ dataset: { name: 'moons' }, model: { kind: 'mlp', ...neuronFields } });
    expect([mlp.model.initWeight, mlp.model.initBias, mlp.model.gradient]).toEqual([null, null, 'correct']);
    const neuron = validateRecipe({ model: { kind: 'neuron', ...neuronFields } });
    expect([neuron.model.initWeight, neuron.model.initBias, neuron.model.gradient]).toEqual([
      0.5,
      -2,
      'tutorial-mistake',
    ]);
    // still checked for the neuron
    expect(() => validateRecipe({ model: { gradient: 'backwards' } })).toThrow('recipe.model.gradient must be one of');
  });

  it('survives a JSON round trip unchanged', () => {
    expect(validateRecipe(JSON.parse(JSON.stringify(TUTORIAL_RECIPE)))).toEqual(TUTORIAL_RECIPE);
  });

  it('names the field, the value and the range', () => {
    expect(() => validateRecipe({ lr: -1 })).toThrow('recipe.lr must be a number > 0 and <= 10, got -1.');
    expect(() => validateRecipe({ epochs: '10' })).toThrow(TypeError);
    expect(() => validateRecipe({ model: { kind: 'mlp', hidden: [4, 0] } })).toThrow('recipe.model.hidden[1] must be');
    expect(() => validateRecipe({ batchSize: 0 })).toThrow('recipe.batchSize');
    expect(() => validateRecipe(null)).toThrow('recipe must be an object, got null.');
  });
});
