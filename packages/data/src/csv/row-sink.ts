import type Papa from 'papaparse';
import { CsvError } from './csv-error.js';
import type { ResolvedCsvOptions } from './csv-options.js';
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
    // only a quoted cell can hold a line break; indexOf keeps the common case cheap on million-row files
    for (const cell of cells) if (cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) nextLine += countBreaks(cell);
    nextLine += 1;
    try {
      const problem = result.errors[0];
      if (problem !== undefined) {
        const value = cells.join(options.delimiter);
        throw new CsvError(
          `${where}: ${problem.message.replace(/\.$/, '')} in ${options.file} line ${line}, got ${JSON.stringify(value)}. ` +
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
  return {
    step,
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
