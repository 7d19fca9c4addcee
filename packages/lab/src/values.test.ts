import { describe, expect, it } from 'vitest';
import { describeRule, parseNumber, showValue } from './values.js';

describe('parseNumber', () => {
  it('accepts plain and scientific decimal notation', () => {
    expect(parseNumber('--lr', '1e-4', { min: 0, minExclusive: true })).toBe(1e-4);
    expect(parseNumber('--lr', '.5', {})).toBe(0.5);
  });

  it('rejects text that Number() would quietly accept', () => {
    for (const bad of ['', ' ', '0x10', '3x', 'Infinity', 'NaN', '1,5']) {
      expect(() => parseNumber('--lr', bad, {})).toThrow(RangeError);
    }
  });

  it('names the flag, the rule, the quoted value and the fix', () => {
    expect(() => parseNumber('--lr', '-1', { min: 0, minExclusive: true, hint: 'Try 1e-4.' })).toThrow(
      '--lr must be a number > 0, got "-1". Try 1e-4.',
    );
  });

  it('rejects fractions where whole numbers are required', () => {
    expect(() => parseNumber('--epochs', '2.5', { integer: true, min: 1, max: 10 })).toThrow(
      '--epochs must be an integer from 1 to 10, got "2.5".',
    );
  });
});

describe('describeRule and showValue', () => {
  it('words half-open ranges', () => {
    expect(describeRule({ min: 0, max: 1, maxExclusive: true })).toBe('a number >= 0 and < 1');
    expect(describeRule({})).toBe('a finite number');
  });

  it('shows strings quoted and numbers bare', () => {
    expect(showValue('a')).toBe('"a"');
    expect(showValue(Number.NaN)).toBe('NaN');
    expect(showValue([1, 2])).toBe('[1,2]');
  });
});
