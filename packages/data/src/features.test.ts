import { detMath } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { featureValues, withFeatures } from './features.js';
import { generateDataset } from './registry.js';

describe('input features', () => {
  it('computes every feature of a point in the order asked', () => {
    const x = Float64Array.of(2, -3);
    const got = featureValues(['x1x2', 'x1', 'x2^2', 'sinx1', 'x1^2', 'sinx2', 'x2'], x, 1);
    // bit-exact: each feature is one product or one detMath.sin of the inputs
    expect(Array.from(got)).toEqual([-6, 2, 9, detMath.sin(2), 4, detMath.sin(-3), -3]);
  });

  it('keeps x1,x2 equal to the raw inputs bit for bit', () => {
    const data = generateDataset('spiral', {}, 7);
    expect(withFeatures(['x1', 'x2'], data).x).toEqual(data.x);
  });

  it('replaces a dataset’s inputs and names its columns by feature', () => {
    const data = generateDataset('circles', {}, 1);
    const f = withFeatures(['x1^2', 'x2^2'], data);
    expect(f.inputDim).toBe(2);
    expect(f.featureNames).toEqual(['x1^2', 'x2^2']);
    expect(f.x[0]).toBe(data.x[0]! * data.x[0]!);
    expect(f.y).toBe(data.y);
  });

  it('refuses data that does not have two inputs', () => {
    const celsius = generateDataset('celsius', {}, 1);
    expect(() => withFeatures(['x1'], celsius)).toThrow(/features must be used on data with 2 inputs, got 1\./);
  });
});
