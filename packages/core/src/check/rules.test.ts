import { describe, expect, it } from 'vitest';
import {
  badValue,
  badValueOf,
  checkChoice,
  checkNumber,
  describeExpected,
  describeRule,
  parseNumber,
  showValue,
} from './rules.js';

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

describe('checkNumber and checkChoice', () => {
  it('throws a TypeError for a wrong kind and a RangeError for a bad value', () => {
    expect(checkNumber('recipe.lr', 0.5, { min: 0, minExclusive: true })).toBe(0.5);
    expect(() => checkNumber('recipe.lr', '0.5', { min: 0 })).toThrow(TypeError);
    expect(() => checkNumber('recipe.lr', -1, { min: 0, minExclusive: true, hint: 'Try 1e-4.' })).toThrow(
      new RangeError('recipe.lr must be a number > 0, got -1. Try 1e-4.'),
    );
  });

  it('lists the allowed names', () => {
    expect(checkChoice('--model', 'mlp', ['neuron', 'mlp'])).toBe('mlp');
    expect(() => checkChoice('--model', 'cnn', ['neuron', 'mlp'])).toThrow(
      new RangeError('--model must be one of neuron, mlp, got "cnn".'),
    );
    expect(() => checkChoice('--model', 3, ['neuron'])).toThrow(TypeError);
  });

  it('summarizes a huge value instead of printing it whole', () => {
    expect(showValue(new Array(1000).fill(1))).toBe('an array of 1000');
    expect(showValue('x'.repeat(1000))).toBe(`"${'x'.repeat(60)}…"`);
  });
});

describe('badValue and badValueOf', () => {
  it('carry the same parts the error line is made of, so a front end can word them again', () => {
    const rule = { min: 0, minExclusive: true, hint: 'Try 1e-4.' };
    const error = (() => {
      try {
        parseNumber('--lr', 'abc', rule);
      } catch (e) {
        return e;
      }
      throw new Error('parseNumber accepted "abc"');
    })();
    expect(error).toBeInstanceOf(RangeError);
    expect(badValueOf(error)).toEqual({ label: '--lr', expected: { rule }, shown: '"abc"', hint: 'Try 1e-4.' });
    const choice = badValue(RangeError, '--model', { oneOf: ['neuron', 'mlp'] }, 'cnn');
    expect(choice.message).toBe('--model must be one of neuron, mlp, got "cnn".');
    expect(badValueOf(choice)?.expected).toEqual({ oneOf: ['neuron', 'mlp'] });
    expect(badValue(TypeError, 'x', 'an object', 3).badValue.expected).toEqual({ phrase: 'an object' });
    expect(describeExpected({ phrase: 'key=value' })).toBe('key=value');
  });

  it('finds no parts on an error made any other way', () => {
    expect(badValueOf(new RangeError('--lr must be a number > 0, got -1.'))).toBeUndefined();
    expect(badValueOf('--lr must be a number')).toBeUndefined();
  });
});
