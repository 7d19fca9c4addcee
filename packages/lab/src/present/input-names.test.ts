import { parseCsv } from '@neuronlab/data/csv';
import { describe, expect, it } from 'vitest';
import { recipeFromFlags } from '../flags.js';
import { planRun } from '../plan.js';
import { featureLabel, inputNames } from './input-names.js';

describe('inputNames', () => {
  it('names a generator’s inputs, the features made from them, and a CSV file’s columns', () => {
    expect(inputNames(planRun(recipeFromFlags({ dataset: 'moons' })))).toEqual(['x1', 'x2']);
    const features = planRun(recipeFromFlags({ dataset: 'spiral', features: 'sinx2,x1x2,x1^2' }));
    expect(inputNames(features)).toEqual(['sin x₂', 'x₁x₂', 'x₁²']);
    const houses = parseCsv('rooms,area_m2,price\n2,60,100\n3,80,150\n');
    const csv = planRun(recipeFromFlags({ data: 'houses.csv', model: 'mlp' }), { dataset: houses });
    expect(inputNames(csv)).toEqual(['rooms', 'area_m2']);
  });

  it('writes a feature over a CSV’s own column names, and over x₁ and x₂ for a generator', () => {
    const pets = parseCsv('weight,height,kind\n4,25,cat\n20,55,dog\n', { task: 'multiclass' });
    const plan = planRun(
      recipeFromFlags({ data: 'pets.csv', task: 'multiclass', model: 'mlp', features: 'x1,x2^2,x1x2,sinx1' }),
      {
        dataset: pets,
      },
    );
    expect(inputNames(plan)).toEqual(['weight', 'height²', 'weight·height', 'sin weight']);
    expect(['x1', 'x2', 'x1^2', 'x2^2', 'x1x2', 'sinx1', 'sinx2'].map((f) => featureLabel(f, ['x1', 'x2']))).toEqual([
      'x₁',
      'x₂',
      'x₁²',
      'x₂²',
      'x₁x₂',
      'sin x₁',
      'sin x₂',
    ]);
  });
});
