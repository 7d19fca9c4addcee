import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { ShapeError } from '../errors.js';
import { leastSquaresOptimum, neuronHessian, neuronHessianEigenvalues, stableLearningRate } from './diagnostics.js';
import { tutorialBatch } from './tutorial-data.test-util.js';

describe('neuron diagnostics', () => {
  it('finds the optimum w = 1.8, b = 32 with loss 0 on the tutorial data', () => {
    const best = leastSquaresOptimum(tutorialBatch());
    // y = x·9/5 + 32 is rounded once per sample, so the fit is exact to a few ulps of 32
    expect(best.w).toBeCloseTo(1.8, 13);
    expect(best.b).toBeCloseTo(32, 12);
    expect(best.loss).toBeLessThan(1e-24);
  });

  it('gives the stable learning rate 2/λmax ≈ 1.2e-3 for the tutorial data', () => {
    // pinned from packages/core/reference/neuron_reference.py; the eigenvalue formula differs only in rounding
    expect(stableLearningRate(tutorialBatch())).toBeCloseTo(REF.stableLearningRate, 15);
    const [[a, c], [c2, d]] = neuronHessian(tutorialBatch());
    // Σx² = 83350, Σx = −50, N = 100: all exact in float64
    expect([a, c, c2, d]).toEqual([1667, -1, -1, 2]);
  });

  it('gives both Hessian eigenvalues: their sum is the trace and their product the determinant', () => {
    const { max, min } = neuronHessianEigenvalues(tutorialBatch());
    // H = [[1667, −1], [−1, 2]]: trace 1669, determinant 3333
    expect(max + min).toBeCloseTo(1669, 10);
    expect(max * min).toBeCloseTo(3333, 9);
    expect(min).toBeGreaterThan(0);
    expect(max).toBeGreaterThan(1667);
    expect(stableLearningRate(tutorialBatch())).toBe(2 / max);
  });

  it('explains why a dataset with a single x value has no unique optimum', () => {
    const same = { x: Float64Array.of(3, 3), y: Float64Array.of(1, 2), n: 2 };
    expect(() => leastSquaresOptimum(same)).toThrow(/every x equals 3/);
    expect(() => stableLearningRate({ x: new Float64Array(2), y: new Float64Array(1), n: 2 })).toThrow(ShapeError);
  });
});
