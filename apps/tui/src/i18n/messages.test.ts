import { CORE_PHRASES } from '@neuronlab/core';
import { CSV_OPTION_WORDS, csvOptionPhrases, DATA_PHRASES, datasets } from '@neuronlab/data';
import { helpText, LAB_PHRASES, RECIPE_FLAGS } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { PHRASES } from './errors-en.js';
import { en } from './messages-en.js';
import { ja } from './messages-ja.js';

/** Every leaf of a table as `path: kind` (a function's kind includes its arity). */
function shape(table: unknown, path = ''): string[] {
  if (typeof table === 'function') return [`${path}: function/${table.length}`];
  if (Array.isArray(table))
    return [`${path}: array/${table.length}`, ...table.flatMap((v, i) => shape(v, `${path}[${i}]`))];
  if (typeof table === 'object' && table !== null) {
    return Object.entries(table).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  }
  return [`${path}: ${typeof table}`];
}

/**
 * A sample argument that reads as `X` whatever a sentence takes: a string or a number (`X`), a list of names (`['X']`),
 * a sentence carried as data (its key and text), a message to tidy (`replace`).
 */
const SAMPLE = Object.assign(['X'], { key: 'X', values: [], text: 'X', replace: () => 'X' });

/** Every string of a table, with the strings (or lines) functions give for sample arguments. */
function strings(table: unknown): string[] {
  if (typeof table === 'string') return [table];
  if (typeof table === 'function') {
    const args = Array.from({ length: table.length }, () => SAMPLE);
    if (table.length === 1 && table.name.startsWith('diverged')) {
      return [table({ message: 'm', epoch: '1', lr: '1', limit: null, belowLimit: false })];
    }
    // a function may give several lines
    return strings(table(...args));
  }
  if (typeof table === 'object' && table !== null) return Object.values(table).flatMap(strings);
  return [];
}

describe('message tables', () => {
  it('have the same keys, with values of the same kinds, in English and Japanese', () => {
    expect(shape(ja).sort()).toEqual(shape(en).sort());
  });

  it('have no empty words in either language', () => {
    for (const table of [en, ja]) for (const s of strings(table)) expect(s.trim()).not.toBe('');
  });

  it('write weight as 重み in Japanese, never 重量', () => {
    expect(strings(ja).some((s) => s.includes('重み'))).toBe(true);
    expect(strings(ja).some((s) => s.includes('重量'))).toBe(false);
  });

  it('hold every sentence of the packages’ phrase books, each under a key no other book uses', () => {
    const books = [CORE_PHRASES, DATA_PHRASES, LAB_PHRASES];
    const keys = books.flatMap((book) => Object.keys(book));
    expect(new Set(keys).size).toBe(keys.length);
    // a key the CLI's own sentences shared with a book would replace the book's sentence in the merged table; only
    // the CSV sentences that name the reader's options are the CLI's, naming its flags
    const flagged = Object.keys(csvOptionPhrases(CSV_OPTION_WORDS));
    for (const book of books) {
      for (const [key, words] of Object.entries(book)) {
        if (!flagged.includes(key)) expect(PHRASES[key as keyof typeof PHRASES], key).toBe(words);
      }
    }
    const args = ['readCsvFile', 'a.csv', 2, '"cat"', 'species', 2] as const;
    for (const key of flagged) {
      const say = (book: object) => (book as Record<string, (...v: unknown[]) => string>)[key]!(...args);
      expect(say(PHRASES), key).toMatch(/--(x|task multiclass)\b/);
      expect(
        say(PHRASES)
          .replace(/--task (\w+)/, "task '$1'")
          .replaceAll(/--([xy])\b/g, '$1'),
        key,
      ).toBe(say(DATA_PHRASES));
    }
  });

  it('word every error sentence in Japanese', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    for (const s of strings(ja.errors)) expect(s).toMatch(japanese);
  });

  it('word every dataset and each of its options in Japanese, the English coming from the generators', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    expect(Object.keys(ja.datasets.generators)).toEqual(Object.keys(datasets));
    for (const g of Object.values(datasets)) {
      const words = ja.datasets.generators[g.name]!;
      expect(words.description, g.name).toMatch(japanese);
      expect(Object.keys(words.options).sort(), g.name).toEqual(Object.keys(g.options).sort());
      for (const help of Object.values(words.options)) expect(help, g.name).toMatch(japanese);
      expect(en.datasets.generators[g.name]?.description).toBe(g.description);
    }
  });

  it('give every recipe flag a help sentence in each language, the English being lab’s', () => {
    const flags = RECIPE_FLAGS.map((spec) => spec.flag).sort();
    expect(Object.keys(en.help.recipeSentences).sort()).toEqual(flags);
    expect(Object.keys(ja.help.recipeSentences).sort()).toEqual(flags);
    for (const spec of RECIPE_FLAGS) {
      const about = en.help.recipeSentences[spec.flag]!;
      expect(helpText({ ...spec.helpParts, about }, en.help.defaults)).toBe(spec.help);
      expect(ja.help.recipeSentences[spec.flag], spec.flag).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('word every help text in Japanese', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    // the texts of the table (its functions put lab's parts and commander's headings into words, tested apart)
    const texts = (table: object): string[] =>
      Object.values(table).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' ? texts(v) : []));
    expect(texts(ja.help).length).toBeGreaterThan(80);
    for (const s of texts(ja.help)) expect(s).toMatch(japanese);
    expect(['Usage:', 'Options:', 'Arguments:', 'Commands:'].map((t) => ja.help.titles[t])).toEqual([
      '使い方:',
      'オプション:',
      '引数:',
      'コマンド:',
    ]);
  });
});
