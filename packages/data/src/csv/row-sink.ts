import { excerpt, phrase, quote } from '@neuronlab/core';
import type Papa from 'papaparse';
import { DATA_PHRASES } from '../phrases.js';
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
        const shown = `"${value}"`;
        const syntax = phrase(
          DATA_PHRASES,
          'csvSyntax',
          where,
          options.file,
          line,
          shown,
          problem.code,
          problem.message,
        );
        throw new CsvError(syntax, options.file, line, null, value);
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
    const long = phrase(DATA_PHRASES, 'csvRowTooLong', where, options.file, line, quote(value), MAX_ROW_CHARS);
    return new CsvError(long, options.file, line, null, value);
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
