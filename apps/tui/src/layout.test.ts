import { describe, expect, it } from 'vitest';
import { computeLayout } from './layout.js';

describe('computeLayout', () => {
  it('puts the charts side by side on a wide terminal with room for the parameters', () => {
    const l = computeLayout(120, 40, 8, 0);
    expect(l).toMatchObject({ sideBySide: true, showLoss: true, showChart: true, showParams: true, chartWidth: 60 });
    expect(l.chartHeight).toBe(29);
  });

  it('stacks the charts on a narrower terminal', () => {
    const l = computeLayout(80, 40, 8, 0);
    expect(l.sideBySide).toBe(false);
    expect(l.showChart).toBe(true);
    expect(l.chartWidth).toBe(80);
  });

  it('puts the charts side by side on a short 80×24 terminal instead of dropping the model chart', () => {
    const l = computeLayout(80, 24, 8, 0);
    expect(l).toMatchObject({ sideBySide: true, showLoss: true, showChart: true, showParams: true, chartWidth: 40 });
    expect(l.chartHeight).toBe(13);
  });

  it('drops the model chart, then the parameters, when rows run out on a terminal too narrow for two charts', () => {
    expect(computeLayout(70, 24, 8, 0)).toMatchObject({ showChart: false, showLoss: true });
    expect(computeLayout(70, 14, 8, 0)).toMatchObject({ showParams: false, showLoss: true });
  });

  it('keeps only the text lines on a tiny terminal', () => {
    expect(computeLayout(25, 10, 8, 0)).toMatchObject({ showLoss: false, showChart: false, showParams: false });
  });

  it('never plans more rows than the terminal has', () => {
    for (const [w, h] of [
      [120, 40],
      [80, 30],
      [100, 20],
      [60, 15],
      [80, 24],
      [99, 30],
    ] as const) {
      const l = computeLayout(w, h, 8, 5);
      const charts = (l.showLoss ? 1 : 0) + (l.showChart && !l.sideBySide ? 1 : 0);
      expect(3 + 5 + (l.showParams ? 8 : 0) + charts * l.chartHeight).toBeLessThanOrEqual(h);
    }
  });
});
