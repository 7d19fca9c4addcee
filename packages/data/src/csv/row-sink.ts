import { excerpt, quote } from '@neuronlab/core';
import type Papa from 'papaparse';
import { CsvError } from './csv-error.js';
import type { ResolvedCsvOptions } from './csv-options.js';
import { MAX_ROW_CHARS } from './limits.js';
import type { CsvTableBuilder } from './table-builder.js';

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * The papaparse `step` callback that feeds a table builder: it tracks physical line numbers (a quoted cell may
 * span lines), skips blank lines, turns papaparse's own complaints into CsvErrors and stops at the first error.
 */
export function rowSink(builder: CsvTableBuilder, options: ResolvedCsvOptions, where: string) {
  let nextLine = 1;
  let error: unknown = null;
  const step = (result: Papa.ParseStepResult<string[]>, parser: Papa.Parser): void => {
    if (error !== null) return;
    const cells = result.data;
    const line = nextLine;
    let chars = cells.length - 1;
    // only a quoted cell can hold a line break; indexOf keeps the common case cheap on million-row files
    for (const cell of cells) {
      chars += cell.length;
      if (cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) nextLine += countBreaks(cell);
    }
    nextLine += 1;
    try {
      if (chars > MAX_ROW_CHARS) throw tooLong(line, cells.join(options.delimiter));
      const problem = result.errors[0];
      if (problem !== undefined) {
        const value = excerpt(cells.join(options.delimiter));
        throw new CsvError(
          `${where}: ${problem.message.replace(/\.$/, '')} in ${options.file} line ${line}, got "${value}". ` +
            'Close every opened quote and double quotes inside quoted cells.',
          options.file,
          line,
          null,
          value,
        );
      }
      if (cells.length === 1 && cells[0]!.trim() === '') return;
      builder.addRow(cells, line);
    } catch (e) {
      error = e;
      parser.abort();
    }
  };
  const tooLong = (line: number, start: string) => {
    const value = excerpt(start);
    return new CsvError(
      `${where}: row is longer than ${MAX_ROW_CHARS} characters in ${options.file} line ${line}, got ${quote(value)}. ` +
        'Check that the file is a CSV table with one row per line.',
      options.file,
      line,
      null,
      value,
    );
  };
  return {
    step,
    /** Throws the CsvError for a row in progress that grew too long (it starts on the next line to be parsed). */
    rowTooLong: (start: string): never => {
      throw tooLong(nextLine, start);
    },
    /** The first error raised while adding rows, or null. */
    error: () => error,
  };
}

function countBreaks(cell: string): number {
  LINE_BREAK.lastIndex = 0;
  let count = 0;
  while (LINE_BREAK.test(cell)) count++;
  return count;
}
