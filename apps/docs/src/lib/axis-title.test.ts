import { celsius, datasetFacts, spiral } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages';
import { axisTitle } from './axis-title';

describe('axisTitle', () => {
  it('names the column and adds its unit when the dataset states one', () => {
    const facts = datasetFacts(celsius());
    expect(axisTitle(facts.features[0])).toBe('celsius (°C)');
    expect(axisTitle(facts.targets[0])).toBe('fahrenheit (°F)');
    expect(axisTitle(datasetFacts(spiral()).features[0])).toBe('x1');
  });

  it('words the name in the page language and keeps the unit, or keeps the data name when none is given', () => {
    const facts = datasetFacts(celsius());
    const names = messagesFor('ja').common.columns;
    expect(axisTitle(facts.features[0], names)).toBe('摂氏 (°C)');
    expect(axisTitle(facts.targets[0], names)).toBe('華氏 (°F)');
    expect(axisTitle(datasetFacts(spiral()).features[0], names)).toBe('x1');
  });
});
