import { errorWordsFor } from '../src/i18n/error-words.js';
import { type Messages, messagesFor } from '../src/i18n/messages.js';

// a private-use character stands for a message's arguments: no message contains one
const MARK = '\uE000';

/**
 * Every fixed piece of wording in a message table: each string, and for a message function the text around its
 * arguments (called with markers in their place), split at the markers.
 */
function pieces(table: unknown): string[] {
  if (typeof table === 'string') return [table];
  if (typeof table === 'function') {
    const f = table as (...args: unknown[]) => unknown;
    const call = (arg: unknown) => String(f(...Array.from({ length: f.length }, () => arg))).split(MARK);
    try {
      return call(MARK);
    } catch {
      // a sentence of a phrase book may place lists (the columns of a table): a list of one marker prints as one
      return call([MARK]);
    }
  }
  if (table === null || typeof table !== 'object') return [];
  return Object.values(table).flatMap(pieces);
}

/**
 * The English wording a Japanese page must not show, from one section of the message table (or all of them) and the
 * error words: the pieces longer than 3 characters (shorter ones are units and symbols) that the Japanese tables do
 * not also use (names such as "tanh" are the same in both).
 */
export function englishOnly(section?: keyof Messages): string[] {
  // the error words too: a page words the engine's errors with them
  const pick = (locale: 'en' | 'ja') => [
    section ? messagesFor(locale)[section] : messagesFor(locale),
    errorWordsFor(locale),
  ];
  const en = pieces(pick('en')).map((s) => s.trim());
  const ja = new Set(pieces(pick('ja')).map((s) => s.trim()));
  return [...new Set(en.filter((s) => s.length > 3 && !ja.has(s)))];
}

/** True when `text` holds `piece` as whole words (so `neuron` is not found inside `neuronlab`). */
export function holds(text: string, piece: string): boolean {
  const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z])${escaped}($|[^A-Za-z])`).test(text);
}
