import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv/parse-csv.js';
import { celsius } from './generators/celsius.js';
import { linear } from './generators/linear.js';
import { plane } from './generators/plane.js';
import { spiral } from './generators/spiral.js';
import { datasetFacts } from './registry.js';

describe('datasetFacts', () => {
  it('knows the tutorial data: celsius in °C written C, fahrenheit in °F written F, exactly y = 1.8·x + 32', () => {
    const facts = datasetFacts(celsius());
    expect(facts.features).toEqual([{ name: 'celsius', symbol: 'C', unit: '°C' }]);
    expect(facts.targets).toEqual([{ name: 'fahrenheit', symbol: 'F', unit: '°F' }]);
    expect(facts.truth).toEqual({ weights: [1.8], bias: 32, exact: true });
  });

  it('matches the samples it describes: every default celsius sample lies on the truth', () => {
    const d = celsius();
    const t = datasetFacts(d).truth!;
    // the generator writes (x·9)/5 + 32 and the truth 1.8·x + 32: the two roundings differ by at most 1 ulp of 120
    for (let i = 0; i < d.n; i++) expect(Math.abs(t.weights[0]! * d.x[i]! + t.bias - d.y[i]!)).toBeLessThan(1e-13);
  });

  it('keeps the truth but calls it inexact once noise is added', () => {
    expect(datasetFacts(celsius({ noise: 2 })).truth).toEqual({ weights: [1.8], bias: 32, exact: false });
  });

  it('reads a linear or plane generator’s coefficients from its recipe options', () => {
    expect(datasetFacts(linear({ slope: -3, intercept: 4, noise: 0 })).truth).toEqual({
      weights: [-3],
      bias: 4,
      exact: true,
    });
    const p = datasetFacts(plane());
    expect(p.truth).toEqual({ weights: [1, -2], bias: 0.5, exact: false });
    expect(p.features.map((f) => f.symbol)).toEqual(['x1', 'x2']);
  });

  it('gives curves and classes names and default symbols but no units and no truth', () => {
    const facts = datasetFacts(spiral());
    expect(facts.truth).toBeNull();
    expect(facts.features).toEqual([
      { name: 'x1', symbol: 'x1', unit: null },
      { name: 'x2', symbol: 'x2', unit: null },
    ]);
  });

  it('names a CSV’s columns from its header, with symbols x and y and nothing else', () => {
    const d = parseCsv('celsius,fahrenheit\n0,32\n10,50\n', { x: ['celsius'], y: ['fahrenheit'] });
    const facts = datasetFacts(d);
    expect(facts).toEqual({
      features: [{ name: 'celsius', symbol: 'x', unit: null }],
      targets: [{ name: 'fahrenheit', symbol: 'y', unit: null }],
      truth: null,
    });
  });
});
