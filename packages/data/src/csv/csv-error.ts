import type { Phrase } from '@neuronlab/core';

/** A problem in CSV input, located by file, line (1-based) and column, with the offending value. */
export class CsvError extends Error {
  override name = 'CsvError';
  constructor(
    /** The message as a sentence of data's phrase book, for a front end to word (see core's phraseOf). */
    readonly phrase: Phrase,
    /** The file name given in the options (`<csv>` for an unnamed string or stream). */
    readonly file: string,
    /** 1-based physical line where the problem starts (1 for an empty input). */
    readonly line: number,
    /** Column name or 0-based index, or null when the problem is not about one column. */
    readonly column: string | number | null,
    /** The offending cell, row or reference as text. */
    readonly value: string,
  ) {
    super(phrase.text);
  }
}
