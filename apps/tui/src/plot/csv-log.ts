import { readFirstLine, splitCsvLine } from '@neuronlab/data';
import type { ParsedRecord, Scalar } from './log-point.js';
import { parseLogNumber } from './text-number.js';

/** Columns that count steps, in the order they are preferred as the x axis: Lightning writes both step and epoch. */
const STEP_COLUMNS = ['step', 'global_step', 'epoch'] as const;

/** Cells that mean "not logged in this row": Lightning leaves the cell empty, Keras's CSVLogger writes NA. */
const MISSING = new Set(['', 'NA', 'N/A', 'None']);

/** The index of the x column in a header's cells (step preferred over epoch), or -1 when it has none. */
export function stepColumn(header: readonly string[]): number {
  const names = header.map((h) => h.trim().toLowerCase());
  for (const want of STEP_COLUMNS) {
    const i = names.indexOf(want);
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * Reads a metrics CSV line by line: Keras's CSVLogger (`epoch,loss,val_loss,…`), Lightning's CSVLogger (`epoch,step,…`
 * with a cell left empty where a metric was not logged in that row), neuronlab's metrics.csv, or any CSV whose header
 * has a step or epoch column. Every other column is a series; a column whose first data row holds text is left out.
 */
export class CsvLogParser {
  private header: readonly string[] | null = null;
  /** What separates the cells, as the header shows: Keras's CSVLogger can be told to write ';' or a tab. */
  private delimiter = ',';
  private x = -1;
  /** Per column: a series to read (true), or the x column, another step column or a text column (false). */
  private numeric: boolean[] = [];
  private sawData = false;

  /** Whether the header was read and names a step or epoch column; false before the first line. */
  get valid(): boolean {
    return this.x >= 0;
  }

  /** Parses one line (without its newline); the first non-empty line is the header. */
  line(raw: string): ParsedRecord {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return [];
    if (this.header === null) return this.readHeader(line);
    if (this.x < 0) return 'corrupt';
    const cells = splitCsvLine(line, this.delimiter);
    if (cells.length !== this.header.length) return 'corrupt';
    if (!this.sawData) this.findTextColumns(cells);
    const step = parseLogNumber(cells[this.x]!);
    if (step === null || !Number.isFinite(step)) return 'corrupt';
    const out: Scalar[] = [];
    for (let i = 0; i < cells.length; i++) {
      if (!this.numeric[i]) continue;
      const cell = cells[i]!;
      if (MISSING.has(cell.trim())) continue;
      const value = parseLogNumber(cell);
      if (value === null) return 'corrupt';
      out.push({ series: this.header[i]!, step, value });
    }
    return out;
  }

  private readHeader(line: string): ParsedRecord {
    const first = readFirstLine(line);
    this.header = first.cells;
    this.delimiter = first.delimiter;
    this.x = stepColumn(this.header);
    const steps = new Set<string>(STEP_COLUMNS);
    this.numeric = this.header.map((h) => !steps.has(h.toLowerCase()));
    return [];
  }

  /** Leaves out the columns whose first data row holds text rather than a number or a missing mark. */
  private findTextColumns(cells: readonly string[]): void {
    this.sawData = true;
    cells.forEach((cell, i) => {
      if (!MISSING.has(cell.trim()) && parseLogNumber(cell) === null) this.numeric[i] = false;
    });
  }
}
