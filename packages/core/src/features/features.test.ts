import { describe, expect, it } from 'vitest';
import { detMath } from '../math/det-math.js';
import { checkFeatures, FEATURE_NAMES, FEATURES, featureNamed } from './features.js';

describe('the input feature table', () => {
  it('computes every feature of a point from its term', () => {
    const of = (name: string) => featureNamed(name).of(2, -3);
    // bit-exact: each feature is one product or one detMath.sin of the inputs
    expect(FEATURE_NAMES.map(of)).toEqual([2, -3, 4, 9, -6, detMath.sin(2), detMath.sin(-3)]);
  });

  it('says what each feature is in terms of x1 (input 0) and x2 (input 1)', () => {
    expect(Object.fromEntries(FEATURES.map((f) => [f.name, f.term]))).toEqual({
      x1: { op: 'input', input: 0 },
      x2: { op: 'input', input: 1 },
      'x1^2': { op: 'square', input: 0 },
      'x2^2': { op: 'square', input: 1 },
      x1x2: { op: 'product' },
      sinx1: { op: 'sin', input: 0 },
      sinx2: { op: 'sin', input: 1 },
    });
  });

  it('refuses unknown names, repeats and an empty list with the allowed names', () => {
    expect(() => checkFeatures('--features', ['x3'])).toThrow(/--features\[0\].*x3.*x1\^2/);
    expect(() => checkFeatures('--features', ['x1', 'x1'])).toThrow(/without repeats, got "?x1/);
    expect(() => checkFeatures('--features', [])).toThrow(TypeError);
    expect(() => featureNamed('x3')).toThrow(RangeError);
    expect(checkFeatures('f', [...FEATURE_NAMES])).toEqual(FEATURE_NAMES);
  });
});
