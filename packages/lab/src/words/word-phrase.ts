import type { Phrase, PhraseBook } from '@neuronlab/core';

/**
 * A sentence an error carries as data, in the words of `table` (a phrase book's keys, each a function of the
 * sentence's values): the table's sentence for its key, or its English when the table has none (a sentence added to
 * a package since, or one from a book the table does not cover).
 */
export function wordPhrase(table: PhraseBook, p: Phrase): string {
  const words = Object.hasOwn(table, p.key)
    ? (table[p.key] as unknown as (...values: readonly unknown[]) => string)
    : undefined;
  return words === undefined ? p.text : words(...p.values);
}
