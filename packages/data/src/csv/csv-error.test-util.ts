import { expect } from 'vitest';
import { CsvError } from './csv-error.js';

/** Runs `parse` and returns the CsvError it throws, failing the test if it throws anything else or nothing. */
export function csvError(parse: () => unknown): CsvError {
  try {
    parse();
  } catch (e) {
    expect(e).toBeInstanceOf(CsvError);
    return e as CsvError;
  }
  throw new Error('expected a CsvError');
}
