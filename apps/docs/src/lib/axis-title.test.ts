import { celsius, datasetFacts, spiral } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';
import { axisTitle } from './axis-title';

describe('axisTitle', () => {
  it('names the column and adds its unit when the dataset states one', () => {
    const facts = datasetFacts(celsius());
    expect(axisTitle(facts.features[0])).toBe('celsius (°C)');
    expect(axisTitle(facts.targets[0])).toBe('fahrenheit (°F)');
    expect(axisTitle(datasetFacts(spiral()).features[0])).toBe('x1');
  });
});
