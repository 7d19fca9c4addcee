import { celsius, datasetFacts } from '@neuronlab/data';
import { formatFormula, formulaSymbols, LAB_VERSION, LossHistory, truthLine } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';

describe('@neuronlab/lab public API', () => {
  it('names the recipe format version', () => {
    expect(LAB_VERSION).toBe(1);
  });

  it('shares the presentation helpers: the celsius truth as the formula every front end shows', () => {
    const facts = datasetFacts(celsius());
    expect(formatFormula(truthLine(facts)!, formulaSymbols(facts))).toBe('F = 1.8·C + 32');
    expect(new LossHistory().length).toBe(0);
  });
});
