import { describe, expect, it } from 'vitest';
import {
  fit,
  formatDuration,
  formatFormula,
  formatInt,
  formatNumber,
  formatRate,
  progressBar,
  rawLine,
} from './format.js';

describe('number formatting', () => {
  it('rounds to significant digits and uses exponents at the extremes', () => {
    expect(formatNumber(1.7974385149673768, 5)).toBe('1.7974');
    expect(formatNumber(18.18369559384874)).toBe('18.18');
    expect(formatNumber(0.00012346)).toBe('1.235e-4');
    expect(formatNumber(12345678)).toBe('1.235e+7');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });

  it('writes the learned formula of the tutorial neuron', () => {
    expect(formatFormula(1.7974385149673768, 27.735125882253637)).toBe('F = 1.7974·C + 27.74');
    expect(formatFormula(0.5, -3)).toBe('F = 0.5·C − 3');
  });

  it('writes learning rates as people do', () => {
    expect(formatRate(1e-4)).toBe('1e-4');
    expect(formatRate(0.0013)).toBe('0.0013');
    expect(formatRate(0.01)).toBe('0.01');
  });

  it('groups thousands', () => {
    expect(formatInt(10000)).toBe('10,000');
  });
});

describe('durations and bars', () => {
  it('writes durations at a readable precision', () => {
    expect(formatDuration(850)).toBe('850ms');
    expect(formatDuration(4210)).toBe('4.2s');
    expect(formatDuration(185_000)).toBe('3m 05s');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('–');
  });

  it('fills a bar proportionally and always to the full width', () => {
    expect(progressBar(0, 10)).toBe('░'.repeat(10));
    expect(progressBar(1, 10)).toBe('█'.repeat(10));
    expect(progressBar(0.55, 10)).toBe(`${'█'.repeat(5)}▌${'░'.repeat(4)}`);
    for (const f of [0.01, 0.33, 0.999]) expect([...progressBar(f, 7)]).toHaveLength(7);
  });

  it('fits text to a width', () => {
    expect(fit('abcdef', 4)).toBe('abc…');
    expect(fit('ab', 4)).toBe('ab  ');
  });
});

describe('rawLine', () => {
  it('maps a line fitted on standardized inputs back to the data’s units', () => {
    // x in °C with mean 10 and std 5: z = (x − 10)/5; F = 9·z + 50 = 1.8·x + 32
    const [w, b] = rawLine(9, 50, { shift: 10, scale: 5 });
    expect(w).toBeCloseTo(1.8, 12); // one division: rounding only
    expect(b).toBeCloseTo(32, 12);
    expect(rawLine(2, 3, null)).toEqual([2, 3]);
  });
});
