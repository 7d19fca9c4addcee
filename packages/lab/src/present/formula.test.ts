import { createNeuron } from '@neuronlab/core';
import { applyNormalizer, celsius, datasetFacts, fitNormalizer, spiral } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';
import { formatFormula, formulaSymbols, formulaTerms, learnedLine, truthLine } from './formula.js';

describe('learnedLine', () => {
  const data = celsius();
  for (const kind of ['standardize', 'minmax'] as const) {
    it(`turns a neuron trained on ${kind} inputs into the line it predicts in raw units`, () => {
      const stats = fitNormalizer(kind, data.x, 1);
      const neuron = createNeuron({ w: 71.3, b: 8.25 });
      const line = learnedLine(neuron.w, neuron.b, stats);
      const predicted = neuron.predict(applyNormalizer(stats, data.x), data.n);
      // outputs up to a few hundred °F: 1e-10 allows the roundings of the two routes
      for (let i = 0; i < data.n; i++) expect(line.slope * data.x[i]! + line.intercept).toBeCloseTo(predicted[i]!, 10);
    });
  }

  it('leaves a neuron trained on raw inputs as it is', () => {
    expect(learnedLine(1.8, 32, null)).toEqual({ slope: 1.8, intercept: 32 });
  });
});

describe('formatFormula', () => {
  it('writes the tutorial’s learned formula with the dataset’s own symbols', () => {
    const symbols = formulaSymbols(datasetFacts(celsius()));
    const line = { slope: 1.7974385149673768, intercept: 27.735125882253637 };
    expect(formatFormula(line, symbols)).toBe('F = 1.7974·C + 27.74');
  });

  it('writes a negative intercept with a minus sign and defaults to x and y', () => {
    expect(formatFormula({ slope: 0.5, intercept: -3 })).toBe('y = 0.5·x − 3');
  });

  it('splits the formula into terms with the asked digits, for styled readouts', () => {
    const t = formulaTerms(
      { slope: 1.7974385149673768, intercept: -27.735125882253637 },
      { x: 'C', y: 'F' },
      {
        slope: 8,
        intercept: 8,
      },
    );
    expect(t).toEqual({ y: 'F', slope: '1.7974385', x: 'C', sign: '−', intercept: '27.735126' });
  });
});

describe('truthLine', () => {
  it('is the celsius data’s 1.8·C + 32 and nothing for data without a known relation', () => {
    expect(truthLine(datasetFacts(celsius()))).toEqual({ slope: 1.8, intercept: 32 });
    expect(truthLine(datasetFacts(spiral()))).toBeNull();
  });
});
