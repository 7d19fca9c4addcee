import { describe, expect, it } from 'vitest';
import { type CaseResult, formatCase, formatNumber, judge } from './report.js';

describe('judge', () => {
  it('marks an upper-bound goal met at or below the limit and MISSED above it', () => {
    expect(judge('x ≤ 1.5×', 1.5, 1.5).status).toBe('met');
    expect(judge('x ≤ 1.5×', 1.51, 1.5)).toEqual({ text: 'x ≤ 1.5×', status: 'MISSED', detail: '1.51×' });
  });

  it('marks a lower-bound goal met at or above the limit', () => {
    expect(judge('x ≥ 10×', 12, 10, true).status).toBe('met');
    expect(judge('x ≥ 10×', 9.9, 10, true).status).toBe('MISSED');
  });

  it('keeps the explanation of what limits a number only when the goal is missed', () => {
    expect(judge('x ≤ 2×', 3, 2, false, 'because').why).toBe('because');
    expect(judge('x ≤ 2×', 1, 2, false, 'because').why).toBeUndefined();
  });

  it('reports a goal without a finite value as not measured', () => {
    expect(judge('x', undefined, 1).status).toBe('not measured');
    expect(judge('x', Number.NaN, 1).status).toBe('not measured');
  });
});

describe('formatCase', () => {
  it('prints every row, the ratio column and each goal with its verdict', () => {
    const c: CaseResult = {
      id: 't',
      title: 'T',
      setup: 'setup',
      unit: 'ms',
      baseline: 'base',
      rows: [
        { name: 'base', value: 2, ratio: 1 },
        { name: 'slow', value: 20, ratio: 10, note: 'n' },
      ],
      goals: [judge('slow ≤ 5× base', 10, 5)],
      notes: ['why'],
    };
    const text = formatCase(c);
    expect(text).toContain('slow        20.0  10.0×   n');
    expect(text).toContain('MISSED  slow ≤ 5× base (10.0×)');
    expect(text).toContain('note: why');
  });

  it('formats numbers to about three significant digits', () => {
    expect(formatNumber(123456.7)).toBe('123,457');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(0.01234)).toBe('0.0123');
  });
});
