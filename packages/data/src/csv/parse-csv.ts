import type { Dataset } from '@neuronlab/core';
import Papa from 'papaparse';
import { type CsvReadOptions, resolveCsvOptions } from './csv-options.js';
import { MAX_ROW_CHARS } from './limits.js';
import { RowGate } from './row-gate.js';
import { rowSink } from './row-sink.js';
import { type CsvSource, toPapaStream } from './source.js';
import { CsvTableBuilder } from './table-builder.js';

/**
 * Reads a dataset from CSV text. Rows are handed over one at a time, never collected as arrays of strings.
 * Throws a CsvError naming the file, line, column and value for a non-numeric or overflowing cell, a ragged row,
 * an empty input, a missing column, a row or cell beyond the limits (see limits.ts) or too many classes.
 */
export function parseCsv(text: string, options: CsvReadOptions = {}): Dataset {
  const resolved = resolveCsvOptions('parseCsv', options);
  const builder = new CsvTableBuilder(resolved, 'parseCsv');
  const sink = rowSink(builder, resolved, 'parseCsv');
  Papa.parse<string[]>(text, { delimiter: resolved.delimiter, step: sink.step, skipEmptyLines: false });
  if (sink.error() !== null) throw sink.error();
  return builder.finish();
}

/**
 * Reads a dataset from CSV arriving in chunks — a fetch body, `file.stream()`, a Node read stream or any
 * (async) iterable of strings or UTF-8 bytes — parsing each chunk as it comes, so memory holds one chunk plus
 * the numbers, never the whole text. Same errors as `parseCsv`.
 */
export function parseCsvStream(source: CsvSource, options: CsvReadOptions = {}): Promise<Dataset> {
  return readCsvSource('parseCsvStream', source, options);
}

/** parseCsvStream with the caller's name in error messages (readCsvFile uses it). */
export function readCsvSource(where: string, source: CsvSource, options: CsvReadOptions): Promise<Dataset> {
  const resolved = resolveCsvOptions(where, options);
  const builder = new CsvTableBuilder(resolved, where);
  const sink = rowSink(builder, resolved, where);
  return new Promise<Dataset>((resolve, reject) => {
    const gate = new RowGate(resolved.delimiter, MAX_ROW_CHARS, sink.rowTooLong);
    const stream = toPapaStream(source, gate, () => sink.error() !== null);
    const finish = () => {
      stream.stop();
      if (sink.error() !== null) reject(sink.error());
      else {
        try {
          resolve(builder.finish());
        } catch (e) {
          reject(e);
        }
      }
    };
    Papa.parse<string[]>(stream as unknown as NodeJS.ReadableStream, {
      delimiter: resolved.delimiter,
      step: sink.step,
      skipEmptyLines: false,
      complete: finish,
      error: (e: Error) => reject(e),
    });
    stream.start(reject);
  });
}
