import { describe, expect, it } from 'vitest';
import { BoundedSeries } from './bounded-series.js';

describe('BoundedSeries keeping extremes', () => {
  it('keeps every point while fewer than its capacity arrived', () => {
    const h = new BoundedSeries(8, 'extremes');
    for (let i = 0; i < 5; i++) h.push(i * 10, i * i);
    expect(h.points()).toEqual({ xs: [0, 10, 20, 30, 40], columns: [[0, 1, 4, 9, 16]] });
  });

  it('stays bounded over a million points yet keeps a single spike, the minimum and the latest point', () => {
    const h = new BoundedSeries(64, 'extremes');
    for (let i = 0; i < 1_000_000; i++) h.push(i, i === 123_457 ? 50 : i === 777_777 ? -5 : Math.sin(i));
    const { xs, columns } = h.points();
    const ys = columns[0]!;
    expect(xs.length).toBeLessThanOrEqual(2 * 64 + 3);
    expect(Math.max(...ys)).toBe(50);
    expect(xs[ys.indexOf(50)]).toBe(123_457);
    expect(Math.min(...ys)).toBe(-5);
    expect(xs.at(-1)).toBe(999_999);
    expect(h.count).toBe(1_000_000);
  });

  it('keeps a NaN as the latest point but never as an extreme', () => {
    const h = new BoundedSeries(2, 'extremes');
    for (const v of [3, 2, 1, Number.NaN]) h.push(h.count, v);
    expect(h.latest).toEqual([3, Number.NaN]);
    expect(h.points().columns[0]!.slice(0, -1).every(Number.isFinite)).toBe(true);
  });

  it('carries the other columns along with the point kept for the first one', () => {
    const h = new BoundedSeries(4, 'extremes', 2);
    // the second column is ten times the x, so every kept point must still show it beside its own x
    for (let i = 0; i < 1000; i++) h.push(i, i === 500 ? 99 : Math.cos(i), 10 * i);
    const { xs, columns } = h.points();
    expect(columns[1]).toEqual(xs.map((x) => 10 * x));
    expect(xs[columns[0]!.indexOf(99)]).toBe(500);
  });

  it('keeps the same points for the same pushes, and keeps its drawn points until the next push', () => {
    const fill = () => {
      const h = new BoundedSeries(16, 'extremes');
      for (let i = 0; i < 10_000; i++) h.push(i, Math.sin(i * 0.37) * (1 + (i % 7)));
      return h;
    };
    const [a, b] = [fill(), fill()];
    expect(a.points()).toEqual(b.points());
    expect(a.points()).toBe(a.points());
    const before = a.points();
    a.push(10_000, 0);
    expect(a.points()).not.toBe(before);
  });
});

describe('BoundedSeries keeping first points', () => {
  it('keeps evenly spaced points, each value exactly as pushed', () => {
    const h = new BoundedSeries(10);
    for (let i = 0; i < 1000; i++) h.push(i, i / 3);
    const { xs, columns } = h.points();
    expect(xs.length).toBeLessThanOrEqual(11);
    expect(new Set(xs.slice(1, -1).map((x, i) => x - xs[i]!)).size).toBe(1);
    expect(columns[0]).toEqual(xs.map((x) => x / 3));
    expect(xs.at(-1)).toBe(999);
  });

  it('rejects a capacity below two and columns other than one or two, naming its owner', () => {
    expect(() => new BoundedSeries(1)).toThrow(/BoundedSeries: capacity must be an integer >= 2, got 1/);
    expect(() => new BoundedSeries(8, 'first', 3 as 2, 'Chart')).toThrow(/Chart: columns must be 1 or 2, got 3/);
  });
});
