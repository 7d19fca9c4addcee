import { describe, expect, it } from 'vitest';
import { SeriesHistory } from './series-history.js';

describe('SeriesHistory', () => {
  it('keeps every point while fewer than its capacity arrived', () => {
    const h = new SeriesHistory(8);
    for (let i = 0; i < 5; i++) h.push(i * 10, i * i);
    expect(h.points()).toEqual({ xs: [0, 10, 20, 30, 40], ys: [0, 1, 4, 9, 16] });
  });

  it('stays bounded over a million points yet keeps a single spike, the minimum and the latest point', () => {
    const h = new SeriesHistory(64);
    for (let i = 0; i < 1_000_000; i++) h.push(i, i === 123_457 ? 50 : i === 777_777 ? -5 : Math.sin(i));
    const { xs, ys } = h.points();
    expect(xs.length).toBeLessThanOrEqual(2 * 64 + 3);
    expect(Math.max(...ys)).toBe(50);
    expect(xs[ys.indexOf(50)]).toBe(123_457);
    expect(Math.min(...ys)).toBe(-5);
    expect(xs.at(-1)).toBe(999_999);
    expect(h.count).toBe(1_000_000);
  });

  it('keeps a NaN as the latest point but never as an extreme', () => {
    const h = new SeriesHistory(2);
    for (const v of [3, 2, 1, Number.NaN]) h.push(h.count, v);
    expect(h.latest).toEqual({ step: 3, value: Number.NaN });
    expect(h.points().ys.slice(0, -1).every(Number.isFinite)).toBe(true);
  });
});
