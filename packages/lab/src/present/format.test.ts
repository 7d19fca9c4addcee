import { describe, expect, it } from 'vitest';
import { formatInt, formatNumber, formatPercent, formatRate } from './format.js';

describe('formatNumber', () => {
  it('keeps at most the asked significant digits and drops trailing zeros', () => {
    expect(formatNumber(18.18369559384874)).toBe('18.18');
    expect(formatNumber(1.7974385149673768, 8)).toBe('1.7974385');
    expect(formatNumber(27.735125882253637, 8)).toBe('27.735126');
    expect(formatNumber(1.8, 6)).toBe('1.8');
    expect(formatNumber(-1.7222, 3)).toBe('-1.72');
    expect(formatNumber(120.2, 7)).toBe('120.2');
  });

  it('switches to exponent form below 1e-3 and from 1e6 on, without a plus sign', () => {
    expect(formatNumber(0.00012)).toBe('1.2e-4');
    expect(formatNumber(0.001)).toBe('0.001');
    expect(formatNumber(2.5e7)).toBe('2.5e7');
    expect(formatNumber(999_999)).toBe('1000000');
    expect(formatNumber(1e6)).toBe('1e6');
    expect(formatNumber(-3.14159e-9, 3)).toBe('-3.14e-9');
    expect(formatNumber(1.05e-4, 3)).toBe('1.05e-4');
  });

  it('writes zero, negative zero and the non-finite values plainly', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
  });
});

describe('formatInt', () => {
  it('rounds and separates thousands', () => {
    expect(formatInt(10_000)).toBe('10,000');
    expect(formatInt(1234567.6)).toBe('1,234,568');
    expect(formatInt(-1500)).toBe('-1,500');
    expect(formatInt(0)).toBe('0');
    expect(formatInt(Number.NaN)).toBe('NaN');
  });
});

describe('formatRate', () => {
  it('writes small rates in exponent form and the rest as they are', () => {
    expect(formatRate(1e-4)).toBe('1e-4');
    expect(formatRate(1.3e-4)).toBe('1.3e-4');
    expect(formatRate(0.001)).toBe('0.001');
    expect(formatRate(0.05)).toBe('0.05');
    expect(formatRate(1)).toBe('1');
    expect(formatRate(0)).toBe('0');
  });
});

describe('formatPercent', () => {
  it('turns a fraction into a percentage with the asked decimals', () => {
    expect(formatPercent(0.9731)).toBe('97.3%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0.5, 0)).toBe('50%');
    expect(formatPercent(Number.NaN)).toBe('NaN%');
  });
});
