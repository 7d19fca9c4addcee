import { describe, expect, it } from 'vitest';
import { LossHistory } from './loss-history.js';

describe('LossHistory', () => {
  it('records every epoch while under capacity, with NaN where there is no test loss', () => {
    const h = new LossHistory(8);
    h.push(0, 5);
    h.push(1, 4, 4.5);
    expect(h.epochs).toEqual([0, 1]);
    expect(h.train).toEqual([5, 4]);
    expect(h.test).toEqual([Number.NaN, 4.5]);
    expect(h.hasTest).toBe(true);
    expect(h.latest).toEqual({ epoch: 1, train: 4, test: 4.5 });
  });

  it('says it has no test loss when none was given', () => {
    const h = new LossHistory();
    h.push(0, 1);
    h.push(1, 0.5);
    expect(h.hasTest).toBe(false);
    expect(new LossHistory().latest).toBeNull();
  });

  it('stays bounded by doubling its stride, keeping the first epoch and the latest', () => {
    const h = new LossHistory(100);
    for (let e = 0; e <= 10_000; e++) h.push(e, 1 / (e + 1));
    expect(h.length).toBeLessThanOrEqual(101);
    expect(h.length).toBeGreaterThan(50);
    expect(h.epochs[0]).toBe(0);
    expect(h.latest?.epoch).toBe(10_000);
    // between the ends the kept epochs are evenly spaced on the current stride, a power of two
    const gaps = new Set(h.epochs.slice(1, -1).map((e, i) => e - h.epochs[i]!));
    expect(gaps.size).toBe(1);
    const [gap] = [...gaps];
    expect(Math.log2(gap!) % 1).toBe(0);
    expect(h.train.every((v, i) => v === 1 / (h.epochs[i]! + 1))).toBe(true);
  });

  it('keeps an off-stride point only until the next push, so the curve always ends at the latest epoch', () => {
    const h = new LossHistory(4);
    for (let e = 0; e <= 4; e++) h.push(e, e);
    // 5 points > 4: halved to epochs 0, 2, 4 and the stride is 2
    expect(h.epochs).toEqual([0, 2, 4]);
    h.push(5, 5);
    expect(h.epochs).toEqual([0, 2, 4, 5]);
    h.push(6, 6);
    expect(h.epochs).toEqual([0, 2, 4, 6]);
    expect(h.latest?.train).toBe(6);
  });

  it('keeping extremes, a single spike of the training loss survives, its test loss beside it', () => {
    const h = new LossHistory(32, 'extremes');
    for (let e = 0; e <= 100_000; e++) h.push(e, e === 54_321 ? 7 : 1 / (e + 1), 2 / (e + 1));
    expect(h.length).toBeLessThanOrEqual(2 * 32 + 1);
    const at = h.train.indexOf(7);
    expect(h.epochs[at]).toBe(54_321);
    expect(h.test[at]).toBe(2 / 54_322);
    expect(h.latest).toEqual({ epoch: 100_000, train: 1 / 100_001, test: 2 / 100_001 });
  });

  it('rejects a capacity below two', () => {
    expect(() => new LossHistory(1)).toThrow(/LossHistory: capacity must be an integer >= 2, got 1/);
  });
});
