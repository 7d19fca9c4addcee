import { describe, expect, it } from 'vitest';
import { JSON_EPOCH, ProgressTrace, SCREEN_EPOCH, steadyRate } from './progress-trace.js';

/** The points a trace keeps from these reads, each (text, time in ms). */
function pointsOf(pattern: RegExp, reads: ReadonlyArray<readonly [string, number]>) {
  const trace = new ProgressTrace(pattern);
  for (const [text, ms] of reads) trace.add(text, ms);
  return trace.points;
}

describe('ProgressTrace', () => {
  it('reads the epoch of --json progress lines, one point per burst, with the highest epoch of the burst', () => {
    const points = pointsOf(JSON_EPOCH, [
      ['{"type":"start","epochs":100}\n{"type":"progress","epoch":10,', 0],
      ['"loss":1}\n{"type":"progress","epoch":20,"loss":1}\n', 1],
      ['{"type":"progress","epoch":30,"loss":1}\n', 50],
    ]);
    expect(points).toEqual([
      [0, 20],
      [50, 30],
    ]);
  });

  it('reads the dashboard progress line and a number split across two reads', () => {
    const points = pointsOf(SCREEN_EPOCH, [
      ['███░░ epoch 1,250,000/10,000,000  12%', 0],
      ['███░░ epoch 2,50', 40],
      ['0,000/10,000,000  25%', 80],
    ]);
    expect(points).toEqual([
      [0, 1_250_000],
      [80, 2_500_000],
    ]);
  });

  it('adds no point for output that shows no newer epoch (a redraw of the same frame)', () => {
    const points = pointsOf(SCREEN_EPOCH, [
      ['epoch 5/10', 0],
      ['epoch 5/10', 100],
      ['keys: space pause', 200],
    ]);
    expect(points).toEqual([[0, 5]]);
  });
});

describe('steadyRate', () => {
  it('is the slope of epoch over time, whatever constant lag the display has', () => {
    // 2,000 epochs per ms = 2M epochs/s; the display shows each epoch 37 ms after it happened
    const points = Array.from({ length: 30 }, (_, i) => [i * 20 + 37, i * 40_000] as [number, number]);
    expect(steadyRate(points, 1_160_000)).toBeCloseTo(2e6, 3);
  });

  it('leaves out the start of the run, where the rate differs', () => {
    const slow = Array.from({ length: 10 }, (_, i) => [i * 100, i * 10_000] as [number, number]);
    const fast = Array.from({ length: 20 }, (_, i) => [1000 + i * 10, 100_000 + i * 10_000] as [number, number]);
    const rate = steadyRate([...slow, ...fast], 300_000);
    expect(rate).toBeCloseTo(1e6, 3);
  });

  it('refuses a window with fewer than 3 points, saying how many it had', () => {
    expect(() =>
      steadyRate(
        [
          [0, 0],
          [10, 50],
          [20, 100],
        ],
        100,
      ),
    ).toThrow(/needs 3 points between 40% and 95% of 100 epochs, got 1/);
  });
});
