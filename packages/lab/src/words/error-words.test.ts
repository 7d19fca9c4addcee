import { badValue, CORE_PHRASES, type Expected, phrase, phraseError } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { recipeFromFlags } from '../flags.js';
import { LAB_PHRASES } from '../phrases.js';
import { ERROR_WORDS_EN, ERROR_WORDS_JA, wordError } from './error-words.js';

/** The line of a bad value of `--x` that had to be `expected`, worded by `words`. */
const line = (expected: Expected, words = ERROR_WORDS_JA) =>
  wordError(badValue(RangeError, '--x', expected, 'zz'), words);

describe('wordError', () => {
  it('words what a value had to be in Japanese from its parts', () => {
    const what = (e: Expected) => /許される値: (.*)。$/.exec(line(e))?.[1];
    expect(what({ oneOf: ['sgd', 'adam'] })).toBe('sgd, adam のいずれか');
    expect(what({ rule: { min: 0, minExclusive: true } })).toBe('0 より大きい数');
    expect(what({ rule: { integer: true, min: 1, max: 10 } })).toBe('1 から 10 までの整数');
    expect(what({ rule: { integer: true, min: 1, max: 9, maxExclusive: true } })).toBe('1 以上 9 未満の整数');
    expect(what({ rule: { min: 0, minExclusive: true, max: 1 } })).toBe('0 より大きく 1 以下の数');
    expect(what({ rule: { min: 0 } })).toBe('0 以上の数');
    expect(what({ rule: { max: 5, maxExclusive: true } })).toBe('5 未満の数');
    expect(what({ rule: { integer: true } })).toBe('有限の整数');
    expect(what({ phrase: phrase(LAB_PHRASES, 'keyValue') })).toBe('key=value の形');
    expect(line({ oneOf: ['a'] })).toBe('--x の値が正しくありません: "zz"。許される値: a のいずれか。');
  });

  it('words a bad value in English exactly as core writes its message', () => {
    const hint = phrase(LAB_PHRASES, 'tutorialRate', 1e-4);
    const cases = [
      badValue(RangeError, '--x', { rule: { min: 0, minExclusive: true, max: 10 } }, 11, hint),
      badValue(TypeError, '--x', { oneOf: ['sgd', 'adam'] }, 'sdg'),
      badValue(RangeError, phrase(LAB_PHRASES, 'optionKey', '--option'), phrase(LAB_PHRASES, 'keyValue'), 'a'),
    ];
    for (const e of cases) expect(wordError(e, ERROR_WORDS_EN)).toBe(e.message);
    expect(wordError(cases[0], ERROR_WORDS_EN)).toBe(
      '--x must be a number > 0 and <= 10, got 11. Try 0.0001, the tutorial’s rate.',
    );
  });

  it("words a lab refusal from its phrase, and keeps any other error's message", () => {
    const refusal = (() => {
      try {
        recipeFromFlags({ l1: '0.1', l2: '0.1' });
      } catch (e) {
        return e;
      }
    })();
    expect(wordError(refusal, ERROR_WORDS_JA)).toMatch(/^--l1 と --l2 は同時に使えません/);
    expect(wordError(refusal, ERROR_WORDS_EN)).toBe((refusal as Error).message);
    const tfjs = phraseError(TypeError, phrase(CORE_PHRASES, 'tfjsNoDense'));
    expect(wordError(tfjs, ERROR_WORDS_JA)).toMatch(/^TensorFlow\.js のモデル: Dense 層がありません/);
    expect(wordError(new Error('plain'), ERROR_WORDS_JA)).toBe('plain');
    expect(wordError('text', ERROR_WORDS_JA)).toBe('text');
  });
});
