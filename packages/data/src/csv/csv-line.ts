/**
 * The delimiters a CSV's first line is tried with, in the order that settles a tie: the comma first, as RFC 4180 has
 * it; the semicolon that spreadsheets write where the decimal mark is a comma; tab; and the vertical bar.
 */
export const CSV_DELIMITERS: readonly string[] = [',', ';', '\t', '|'];

/** A CSV's first line read on its own: the delimiter it uses and its cells. */
export interface CsvFirstLine {
  /**
   * The delimiter found most often outside quotes in the first line (a comma when none is there). Commas that all
   * stand between two digits do not count when another delimiter is there: they are decimal marks (`1,5;-0,25;3`).
   */
  readonly delimiter: string;
  /** The first line's cells split at that delimiter, unquoted and trimmed, as the readers name columns. */
  readonly cells: readonly string[];
}

/**
 * Reads the first line of CSV text: the start of a file is enough, as long as it holds the whole first line. Knowing
 * the delimiter before reading lets the readers of `@neuronlab/data/csv` and `@neuronlab/data/node` (which take it as
 * their `delimiter` option) read a file whichever of `CSV_DELIMITERS` it uses. A quoted cell may hold a delimiter,
 * a doubled quote or a line break; a byte order mark is skipped. Here rather than with the readers, so that a
 * program that only looks at a file's first line does not load the CSV parser.
 */
export function readFirstLine(text: string): CsvFirstLine {
  const counts = new Map(CSV_DELIMITERS.map((d) => [d, 0]));
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let end = text.length;
  let inside = false;
  let decimalCommas = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inside = !inside;
    else if (!inside && (c === '\n' || c === '\r')) {
      end = i;
      break;
    } else if (!inside && counts.has(c)) {
      counts.set(c, counts.get(c)! + 1);
      if (c === ',' && isDigit(text[i - 1]) && isDigit(text[i + 1])) decimalCommas++;
    }
  }
  // commas that are all decimal marks separate nothing: another delimiter on the line is the one
  const others = CSV_DELIMITERS.some((d) => d !== ',' && counts.get(d)! > 0);
  if (others && decimalCommas === counts.get(',')) counts.set(',', 0);
  // the first of the most frequent wins, so a line with none keeps the comma
  let delimiter = CSV_DELIMITERS[0]!;
  for (const d of CSV_DELIMITERS) if (counts.get(d)! > counts.get(delimiter)!) delimiter = d;
  return { delimiter, cells: splitCsvLine(text.slice(start, end), delimiter).map((c) => c.trim()) };
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/**
 * One line's cells, split at `delimiter` outside double quotes: a quoted cell's quotes are removed and `""` in it reads
 * as `"` (RFC 4180, and Python's csv module). Cells are not trimmed.
 */
export function splitCsvLine(line: string, delimiter = ','): string[] {
  // most lines of a metrics log have no quote at all
  if (!line.includes('"')) return line.split(delimiter);
  const cells: string[] = [];
  let cell = '';
  let inside = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') {
      if (inside && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else inside = !inside;
    } else if (c === delimiter && !inside) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
