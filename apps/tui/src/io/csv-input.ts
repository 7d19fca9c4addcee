import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { ColumnRef, CsvReadOptions } from '@neuronlab/data';
import { isNumericCell, readFirstLine } from '@neuronlab/data';
import { usageError } from '../errors.js';
import { checkInputFile } from './input-file.js';

/** Bytes of a file's start read for its first line: enough for any sensible CSV header (a longer one reads as commas). */
const HEAD_BYTES = 64 * 1024;

/** The start of a file; a file that cannot be opened or read (EACCES) is a line naming `flag` and the path. */
function readHead(flag: string, path: string): string {
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw usageError('unreadable', flag, JSON.stringify(path), code);
  }
}

/**
 * Reads the CSV file `flag` names (train's and predict's --data) as `options` say. A missing file is one line; a FIFO
 * or a device is refused before it is opened; a regular file is streamed, so its size is not limited. The separator
 * is the one its first line uses: a spreadsheet may have written ; (or tab, or |) between cells.
 */
export async function readCsvInput(flag: string, path: string, options: CsvInputOptions | OptionsFromHeader) {
  if (!existsSync(path)) throw usageError('fileMissing', flag, JSON.stringify(path));
  checkInputFile(flag, path);
  const { delimiter, cells } = readFirstLine(readHead(flag, path));
  // imported here: the CSV parser loads only for a command that reads CSV
  const { readCsvFile } = await import('@neuronlab/data/node');
  const chosen = typeof options === 'function' ? options(cells) : options;
  const refs = (list: readonly ColumnRef[]) => columnRefs(list, cells, delimiter);
  return readCsvFile(path, {
    ...chosen,
    ...(chosen.x ? { x: refs(chosen.x) } : {}),
    ...(chosen.y === undefined ? {} : { y: refs(Array.isArray(chosen.y) ? chosen.y : [chosen.y as ColumnRef]) }),
    file: path,
    delimiter,
  });
}

/**
 * Columns as --x and --y give them, by name or by 0-based index: a number is an index unless the file's header (a
 * first line with a cell that is not a number) has a column of that name. The reader takes names as text and indices
 * as numbers, and a name would also make it take the first line for a header.
 */
function columnRefs(refs: readonly ColumnRef[], firstLine: readonly string[], delimiter: string): ColumnRef[] {
  const header = firstLine.some((cell) => !isNumericCell(cell, delimiter));
  return refs.map((ref) =>
    typeof ref === 'string' && /^\d+$/.test(ref) && !(header && firstLine.includes(ref)) ? Number(ref) : ref,
  );
}

/** What the reader is asked besides the file and its separator (see readCsvInput). */
type CsvInputOptions = Omit<CsvReadOptions, 'file' | 'delimiter'>;

/** Options chosen from the file's first line (its header, when it has one), split into cells. */
type OptionsFromHeader = (firstLine: readonly string[]) => CsvInputOptions;
