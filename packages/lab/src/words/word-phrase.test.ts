import { CORE_PHRASES, phrase } from '@neuronlab/core';
import { DATA_PHRASES } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';
import { CORE_PHRASES_JA } from './core-phrases-ja.js';
import { DATA_PHRASES_JA } from './data-phrases-ja.js';
import { wordPhrase } from './word-phrase.js';

describe('wordPhrase', () => {
  it("words a sentence from a table of its book's keys, and nested sentences from the same table", () => {
    const cell = phrase(DATA_PHRASES, 'csvNotNumber', 'readCsvFile', 'a.csv', 3, '"x"', 'b', 1);
    expect(wordPhrase(DATA_PHRASES_JA, cell)).toBe(
      'a.csv の 3 行目: 列 "b" (インデックス 1) のセルが数値ではありません (値: "x")。セルを直すか、その列を x と y から外してください。',
    );
    const layer = phrase(CORE_PHRASES, 'tfjsLayer', 2, 'dense_1', 'Dense');
    const where = phrase(CORE_PHRASES, 'tfjsUnsupported', layer);
    expect(wordPhrase(CORE_PHRASES_JA, where)).toMatch(
      /^TensorFlow\.js のモデル: 第2層 dense_1 \(Dense\) は読み込めません/,
    );
  });

  it('keeps the English of a sentence the table does not have', () => {
    const cell = phrase(DATA_PHRASES, 'csvNotNumber', 'readCsvFile', 'a.csv', 3, '"x"', 'b', 1);
    expect(wordPhrase(CORE_PHRASES_JA, cell)).toBe(cell.text);
    expect(cell.text).toMatch(/^readCsvFile: cell in column "b" \(index 1\) is not a number in a\.csv line 3/);
  });
});
