import type { Phrase } from '@neuronlab/core';
import type { Messages } from './messages-en.js';

/** A sentence's words in a language: a function of the sentence's values. */
type Words = (...values: readonly unknown[]) => string;

/**
 * A sentence an error carries as data, in the words of `phrases` (a table of the phrase books' keys): the table's
 * sentence for its key, or its English when the table has none (a sentence added to a package since, or an error from
 * a package that is not in the tables).
 */
export function wordPhrase(phrases: Messages['errors']['phrases'], p: Phrase): string {
  const words = Object.hasOwn(phrases, p.key) ? (phrases as unknown as Record<string, Words>)[p.key] : undefined;
  return words === undefined ? p.text : words(...p.values);
}
