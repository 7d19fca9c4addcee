import { describe, expect, it } from 'vitest';
import { accuracy, r2Score } from './metrics.js';

describe('accuracy', () => {
  it('thresholds one column at 0.5 by default and at 0 for logits', () => {
    const target = Float64Array.of(1, 0, 1, 0);
    expect(accuracy(Float64Array.of(0.9, 0.2, 0.4, 0.6), target, 4)).toBe(0.5);
    expect(accuracy(Float64Array.of(3, -1, 0.2, -0.1), target, 4, 0)).toBe(1);
  });

  it('compares argmaxes of several columns with one-hot targets', () => {
    const pred = Float64Array.of(0.1, 0.7, 0.2, 0.5, 0.3, 0.2);
    expect(accuracy(pred, Float64Array.of(0, 1, 0, 0, 0, 1), 2)).toBe(0.5);
  });

  it('refuses arrays of different lengths', () => {
    expect(() => accuracy(new Float64Array(3), new Float64Array(4), 2)).toThrow(/accuracy: predictions and targets/);
  });
});

describe('r2Score', () => {
  it('is 1 for a perfect fit, 0 for predicting the mean and negative for worse', () => {
    const y = Float64Array.of(1, 2, 3, 4);
    expect(r2Score(y, y, 4)).toBe(1);
    expect(r2Score(Float64Array.of(2.5, 2.5, 2.5, 2.5), y, 4)).toBe(0);
    expect(r2Score(Float64Array.of(4, 3, 2, 1), y, 4)).toBe(-3);
  });

  it('is NaN when every target is equal', () => {
    expect(r2Score(Float64Array.of(1, 2), Float64Array.of(3, 3), 2)).toBeNaN();
  });
});
