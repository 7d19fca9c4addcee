import { leastSquaresOptimum, neuronHessianEigenvalues, stableLearningRate } from '@neuronlab/core';
import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { celsiusBatch } from './celsius-batch';
import { logLevels, lossGrid, rateVerdict, standardizeBatch, thinPath } from './landscape';

describe('loss landscape helpers', () => {
  it('samples the MSE with its smallest value in the cell nearest the optimum (1.8, 32)', () => {
    const batch = celsiusBatch();
    // boxes chosen so that (1.8, 32) is the centre of a cell
    const g = lossGrid(batch, { w: [0.95, 2.55], b: [2, 66] }, 16, 16);
    let best = 0;
    for (let k = 1; k < g.values.length; k++) if (g.values[k]! < g.values[best]!) best = k;
    const col = best % 16;
    const row = Math.floor(best / 16);
    // cell centres: w = 0.95 + (col + 0.5)·0.1, b = 66 − (row + 0.5)·4; 1e-9 absorbs their rounding
    expect(0.95 + (col + 0.5) * 0.1).toBeCloseTo(1.8, 9);
    expect(66 - (row + 0.5) * 4).toBeCloseTo(32, 9);
    expect(g.min).toBe(g.values[best]);
  });

  it('calls rates above the stable limit divergent and those too slow for the epoch budget crawling', () => {
    const batch = celsiusBatch();
    const limit = stableLearningRate(batch);
    // the float64 reference's 2/λmax; 1e-12 relative allows for a different order of operations only
    expect(limit / REF.stableLearningRate).toBeCloseTo(1, 12);
    const h = neuronHessianEigenvalues(batch);
    expect(rateVerdict(1.3e-3, h, 10_000)).toBe('diverges');
    expect(rateVerdict(1e-3, h, 10_000)).toBe('converges');
    expect(rateVerdict(1e-4, h, 10_000)).toBe('crawls');
    // standardized inputs: a round bowl where even a small rate converges within the budget
    expect(rateVerdict(0.05, neuronHessianEigenvalues(standardizeBatch(batch).batch), 10_000)).toBe('converges');
  });

  it('standardizes x to mean 0 and variance 1, which makes the bowl round', () => {
    const { batch, mean, std } = standardizeBatch(celsiusBatch());
    expect(mean).toBe(-0.5);
    let m = 0;
    let v = 0;
    for (const x of batch.x) m += x;
    for (const x of batch.x) v += x * x;
    // sums of 100 rounded values: 1e-12 covers their rounding
    expect(m / 100).toBeCloseTo(0, 12);
    expect(v / 100).toBeCloseTo(1, 12);
    expect(std).toBeCloseTo(Math.sqrt(833.25), 12);
    // with a round bowl the stable limit is 2/2 = 1
    expect(stableLearningRate(batch)).toBeCloseTo(1, 12);
    const opt = leastSquaresOptimum(batch);
    expect(opt.w).toBeCloseTo(1.8 * std, 9);
  });

  it('spaces contour levels evenly in log scale', () => {
    const levels = logLevels(1, 1e4, 4);
    expect(levels).toHaveLength(4);
    expect(levels[1]! / levels[0]!).toBeCloseTo(10, 9);
  });

  it('thins a long path but keeps its first and last point', () => {
    const path = Array.from({ length: 10_001 }, (_, i) => i);
    const thin = thinPath(path, 100);
    expect(thin).toHaveLength(100);
    expect(thin[0]).toBe(0);
    expect(thin[99]).toBe(10_000);
  });
});
