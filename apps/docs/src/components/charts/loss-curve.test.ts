import { describe, expect, it } from 'vitest';
import { logTicks, lossAxisEnd } from './LossCurve';

describe('log-axis ticks', () => {
  it('uses powers of ten over a wide range, at most six of them', () => {
    expect(logTicks([1e-3, 1e3])).toEqual([1e-3, 1e-2, 0.1, 1, 10, 100, 1000].filter((_, k) => k % 2 === 0));
  });

  it('adds 2 and 5 steps when the range is narrow', () => {
    expect(logTicks([0.08, 0.7])).toEqual([0.1, 0.2, 0.5]);
  });
});

describe('the loss axis', () => {
  it('spans the whole run, or the epochs a diverged run reached (at least one)', () => {
    expect(lossAxisEnd(10_000, null)).toBe(10_000);
    expect(lossAxisEnd(10_000, 37)).toBe(37);
    expect(lossAxisEnd(10_000, 0)).toBe(1);
  });
});
