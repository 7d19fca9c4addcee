/**
 * An error in a language's words, from the parts errors carry (never from their English): a bad value's frame
 * (`<label> must be <what>, got <value>. <hint>`), the rule or list it broke, and the phrase books' sentences. The
 * CLI and the docs word errors through this, each with its own table extended by its own sentences.
 */
import {
  badValueOf,
  CORE_PHRASES,
  describeRule,
  type Expected,
  type Label,
  type NumberRule,
  type Phrase,
  type PhraseBook,
  phraseOf,
} from '@neuronlab/core';
import { DATA_PHRASES } from '@neuronlab/data';
import { LAB_PHRASES } from '../phrases.js';
import { CORE_PHRASES_JA } from './core-phrases-ja.js';
import { DATA_PHRASES_JA } from './data-phrases-ja.js';
import { LAB_PHRASES_JA } from './lab-phrases-ja.js';
import { ruleJa } from './rule-ja.js';
import { wordPhrase } from './word-phrase.js';

/** The words of a language an error is put in. */
export interface ErrorWords {
  /** A bad value's line from its worded parts; `hint` is '' when there is none. */
  readonly mustBe: (label: string, what: string, value: string, hint: string) => string;
  /** What a number had to be. */
  readonly rule: (rule: NumberRule) => string;
  /** That a value had to be one word of a list. */
  readonly oneOf: (names: readonly string[]) => string;
  /** The sentences errors carry as data, by key (see core's phrase). */
  readonly phrases: PhraseBook;
}

/** The packages' sentences, by key: the English is the books' own. */
const PACKAGE_PHRASES = { ...CORE_PHRASES, ...DATA_PHRASES, ...LAB_PHRASES };

export const ERROR_WORDS_EN = {
  mustBe: (label: string, what: string, value: string, hint: string) =>
    `${label} must be ${what}, got ${value}.${hint === '' ? '' : ` ${hint}`}`,
  rule: describeRule,
  oneOf: (names: readonly string[]) => `one of ${names.join(', ')}`,
  phrases: PACKAGE_PHRASES,
};

export const ERROR_WORDS_JA: typeof ERROR_WORDS_EN = {
  mustBe: (label, what, value, hint) => `${label} の値が正しくありません: ${value}。許される値: ${what}。${hint}`,
  rule: ruleJa,
  oneOf: (names) => `${names.join(', ')} のいずれか`,
  phrases: { ...CORE_PHRASES_JA, ...DATA_PHRASES_JA, ...LAB_PHRASES_JA },
};

/** What a bad value had to be, in `words`. */
function wordExpected(expected: Expected, words: ErrorWords): string {
  if ('rule' in expected) return words.rule(expected.rule);
  if ('oneOf' in expected) return words.oneOf(expected.oneOf);
  return wordPhrase(words.phrases, expected.phrase);
}

/** A bad value's label in `words`: a flag or a path as it is, or the sentence that names it. */
function wordLabel(label: Label, words: ErrorWords): string {
  return typeof label === 'string' ? label : wordPhrase(words.phrases, label as Phrase);
}

/**
 * An error's message in `words`: a bad value from its parts, an error whose message is a sentence of a phrase book
 * (lab's refusals, CSV and model-file problems) from its key, or else the message as it is.
 */
export function wordError(error: unknown, words: ErrorWords): string {
  const parts = badValueOf(error);
  if (parts) {
    const hint = parts.hint === null ? '' : wordPhrase(words.phrases, parts.hint);
    return words.mustBe(wordLabel(parts.label, words), wordExpected(parts.expected, words), parts.shown, hint);
  }
  const sentence = phraseOf(error);
  if (sentence) return wordPhrase(words.phrases, sentence);
  return error instanceof Error ? error.message : String(error);
}
