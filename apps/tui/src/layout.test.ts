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

  it('gives the loss chart the whole width and the rows of both charts when the run has no model chart', () => {
    for (const [w, h] of [
      [120, 40],
      [80, 24],
      [80, 40],
    ] as const) {
      const l = computeLayout(w, h, 8, 4, null, false);
      expect(l).toMatchObject({ sideBySide: false, showChart: false, showLoss: true, chartWidth: w });
      expect(l.chartHeight).toBe(Math.min(30, h - 3 - 4 - 8));
    }
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

  it('puts a network panel in the parameters’ place: whole on a large terminal, compact on 80×24', () => {
    const rows = { full: 22, fullMin: 12, compact: 8 };
    expect(computeLayout(119, 39, 9, 0, rows)).toMatchObject({
      network: 'full',
      networkRows: 22,
      showParams: false,
      sideBySide: true,
      chartHeight: 14,
    });
    // 100×30: the panel shrinks to leave the charts their rows, and stays whole
    expect(computeLayout(99, 29, 9, 0, rows)).toMatchObject({ network: 'full', networkRows: 15, chartHeight: 11 });
    expect(computeLayout(79, 23, 9, 0, rows)).toMatchObject({ network: 'compact', networkRows: 8, sideBySide: true });
    expect(computeLayout(79, 12, 9, 0, rows)).toMatchObject({ network: null, networkRows: 0, showParams: false });
  });

  it('never plans more rows than the terminal has with a network panel either', () => {
    const rows = { full: 22, fullMin: 12, compact: 8 };
    for (const [w, h] of [
      [119, 39],
      [99, 29],
      [79, 23],
      [60, 15],
      [140, 20],
    ] as const) {
      for (const summary of [0, 4]) {
        const l = computeLayout(w, h, 9, summary, rows);
        const charts = (l.showLoss ? 1 : 0) + (l.showChart && !l.sideBySide ? 1 : 0);
        expect(3 + summary + l.networkRows + charts * l.chartHeight).toBeLessThanOrEqual(h);
      }
    }
  });
});
