import { describe, expect, it } from 'vitest';
import { phrase } from './phrase.js';
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

/** A test's own phrase book: one hint and one sentence of what a value had to be. */
const BOOK = { tryRate: (rate: string) => `Try ${rate}.`, keyValue: () => 'key=value' };
const TRY = phrase(BOOK, 'tryRate', '1e-4');

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
    expect(() => parseNumber('--lr', '-1', { min: 0, minExclusive: true, hint: TRY })).toThrow(
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
    expect(() => checkNumber('recipe.lr', -1, { min: 0, minExclusive: true, hint: TRY })).toThrow(
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
    const rule = { min: 0, minExclusive: true, hint: TRY };
    const error = (() => {
      try {
        parseNumber('--lr', 'abc', rule);
      } catch (e) {
        return e;
      }
      throw new Error('parseNumber accepted "abc"');
    })();
    expect(error).toBeInstanceOf(RangeError);
    expect(badValueOf(error)).toEqual({ label: '--lr', expected: { rule }, shown: '"abc"', hint: TRY });
    const choice = badValue(RangeError, '--model', { oneOf: ['neuron', 'mlp'] }, 'cnn');
    expect(choice.message).toBe('--model must be one of neuron, mlp, got "cnn".');
    expect(badValueOf(choice)?.expected).toEqual({ oneOf: ['neuron', 'mlp'] });
    const keyValue = phrase(BOOK, 'keyValue');
    const option = badValue(RangeError, '--option', keyValue, 'x');
    expect(option.badValue).toEqual({ label: '--option', expected: { phrase: keyValue }, shown: '"x"', hint: null });
    expect(option.message).toBe('--option must be key=value, got "x".');
    expect(describeExpected({ phrase: keyValue })).toBe('key=value');
  });

  it('word a label given as a sentence in its English', () => {
    const label = phrase({ within: (text: string) => `--hidden (in ${JSON.stringify(text)})` }, 'within', '1,,2');
    expect(() => parseNumber(label, '', { integer: true, min: 1 })).toThrow(
      '--hidden (in "1,,2") must be an integer >= 1, got "".',
    );
  });

  it('finds no parts on an error made any other way', () => {
    expect(badValueOf(new RangeError('--lr must be a number > 0, got -1.'))).toBeUndefined();
    expect(badValueOf('--lr must be a number')).toBeUndefined();
  });
});
