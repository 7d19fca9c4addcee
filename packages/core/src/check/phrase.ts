/**
 * Sentences as data, so a front end can word an error in its own language without reading the English. A package
 * keeps the English of its sentences in one phrase book: an object of functions, one per sentence, from the values it
 * places to the English. Its errors carry a Phrase, the sentence's key and values; a front end words the Phrase from
 * its own table of the same keys (the book's type is that table's contract) and falls back to `text`.
 */

/** A package's sentences in English, by key: each takes the values it places and returns the sentence. */
export type PhraseBook = { readonly [key: string]: (...values: never) => string };

/** One sentence as data: its key in its package's phrase book, the values it places, and its English. */
export interface Phrase {
  readonly key: string;
  /**
   * What the sentence places, in the book's order: flags, names, numbers and lists of them as the user typed them or
   * must type them, never words of a language (a nested sentence is a Phrase itself).
   */
  readonly values: readonly unknown[];
  /** The sentence in English: what the book's function gives for `values`. */
  readonly text: string;
}

/** The sentence `key` of `book`, with its values. */
export function phrase<B extends PhraseBook, K extends keyof B & string>(
  book: B,
  key: K,
  ...values: Parameters<B[K]>
): Phrase {
  const say = book[key] as (...v: Parameters<B[K]>) => string;
  return { key, values, text: say(...values) };
}

/** An error whose whole message is `p` (RangeError or TypeError as `kind` says), carrying it for phraseOf. */
export function phraseError(kind: RangeErrorConstructor | TypeErrorConstructor, p: Phrase): RangeError | TypeError {
  // not enumerable: the error still compares and prints as the plain error it reads as
  return Object.defineProperty(new kind(p.text), 'phrase', { value: p, enumerable: false });
}

/** The sentence an error's whole message is as data (phraseError, ModelFileError, CsvError), or undefined. */
export function phraseOf(error: unknown): Phrase | undefined {
  if (!(error instanceof Error) || !('phrase' in error)) return undefined;
  return error.phrase as Phrase;
}
