import { describe, expect, it } from 'vitest';
import { formatFixed, formatRate, formatShort, formatSig } from './format';

describe('number formatting for readouts', () => {
  it('keeps four significant digits and switches to exponents for tiny or huge values', () => {
    expect(formatShort(18.18369559384874)).toBe('18.18');
    expect(formatShort(0.00012)).toBe('1.2e-4');
    expect(formatShort(2.5e7)).toBe('2.5e7');
  });

  it('writes learning rates in the shorter of plain and exponent notation', () => {
    expect(formatRate(1e-4)).toBe('1e-4');
    expect(formatRate(0.05)).toBe('0.05');
    expect(formatRate(0.0013)).toBe('0.0013');
  });

  it('trims trailing zeros from significant-digit and fixed formats', () => {
    expect(formatSig(21.5)).toBe('21.5');
    expect(formatSig(-1.722)).toBe('-1.722');
    expect(formatSig(107.60000000000001)).toBe('107.6');
    expect(formatFixed(2.5, 4)).toBe('2.5');
    expect(formatSig(Number.NaN)).toBe('NaN');
  });
});
