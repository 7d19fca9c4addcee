import { type Dataset, excerpt, quote, visible } from '@neuronlab/core';
import { CsvError } from './csv-error.js';
import type { ColumnRef, ResolvedCsvOptions } from './csv-options.js';
import { GrowableFloat64 } from './growable.js';
import { MAX_CELL_CHARS, MAX_CLASSES } from './limits.js';
import { cellNumber, isNumericCell } from './number-cell.js';

interface Layout {
  readonly names: readonly string[];
  readonly x: readonly number[];
  readonly y: readonly number[];
}

/**
 * Turns parsed CSV rows into a Dataset one row at a time, so that a stream never needs the whole file in memory.
 * Every problem becomes a CsvError with the file, line, column and value.
 */
export class CsvTableBuilder {
  private layout: Layout | null = null;
  private readonly x = new GrowableFloat64();
  private readonly y = new GrowableFloat64();
  private readonly labelIds = new Map<string, number>();
  private rows = 0;
  private headerLine = 1;
  private hasHeader = false;

  constructor(
    private readonly options: ResolvedCsvOptions,
    private readonly where: string,
  ) {}

  /** Adds one parsed row that starts on physical line `line` (1-based). */
  addRow(cells: readonly string[], line: number): void {
    this.checkCellLengths(cells, line);
    if (this.layout === null) {
      const header = this.options.header === 'auto' ? this.looksLikeHeader(cells) : this.options.header;
      // names reach terminals (dashboard, errors): control characters are made visible here, once, at the source
      const names = header ? cells.map((c) => visible(c.trim())) : cells.map((_, i) => `column${i + 1}`);
      this.layout = this.resolveLayout(names, line);
      this.headerLine = line;
      this.hasHeader = header;
      if (header) return;
    }
    const { names, x, y } = this.layout;
    if (cells.length !== names.length) {
      const value = cells.join(this.options.delimiter);
      const what = `row has ${plural(cells.length, 'cell')} but the table has ${names.length} columns`;
      this.fail(
        line,
        Math.min(cells.length, names.length),
        value,
        what,
        `Give every row ${plural(names.length, 'cell')}.`,
      );
    }
    for (const c of x) this.x.push(this.number(cells, c, line));
    if (this.options.task === 'multiclass') this.y.push(this.labelId(cells[y[0]!]!.trim(), y[0]!, line));
    else for (const c of y) this.y.push(this.target(cells, c, line));
    this.rows++;
  }

  /** Refuses a cell longer than MAX_CELL_CHARS (no number or label is that long), naming its column. */
  private checkCellLengths(cells: readonly string[], line: number): void {
    for (let i = 0; i < cells.length; i++) {
      if (cells[i]!.length <= MAX_CELL_CHARS) continue;
      const names = this.layout?.names;
      const column = names !== undefined && i < names.length ? this.columnText(i) : `index ${i}`;
      this.fail(
        line,
        names?.[i] ?? i,
        cells[i]!,
        `cell in column ${column} is longer than ${MAX_CELL_CHARS} characters (${cells[i]!.length})`,
        'Check that the file is a CSV table, with numbers or short labels in its cells.',
      );
    }
  }

  /** The finished dataset, once every row has been added. */
  finish(): Dataset {
    if (this.layout === null)
      this.fail(1, null, '', 'the input is empty', 'Give a header line and at least one data row.');
    if (this.rows === 0)
      this.fail(
        this.headerLine,
        null,
        this.layout.names.join(this.options.delimiter),
        'there are no data rows after the header',
        'Add at least one data row.',
      );
    const { names, x: xCols, y: yCols } = this.layout;
    const featureNames = xCols.map((c) => names[c]!);
    const yNames = yCols.map((c) => names[c]!);
    const { y, targetNames } =
      this.options.task === 'multiclass' ? this.oneHotTargets() : { y: this.y.toArray(), targetNames: yNames };
    return {
      n: this.rows,
      inputDim: xCols.length,
      outputDim: targetNames.length,
      x: this.x.toArray(),
      y,
      featureNames,
      targetNames,
      task: this.options.task,
      recipe: {
        generator: 'csv',
        options: {
          file: this.options.file,
          x: featureNames,
          y: yNames.length === 1 ? yNames[0]! : yNames,
          task: this.options.task,
          header: this.hasHeader,
          delimiter: this.options.delimiter,
        },
        seed: null,
      },
    };
  }

  /** Header detection for header: 'auto' (see CsvReadOptions.header). */
  private looksLikeHeader(cells: readonly string[]): boolean {
    const refs = [...(this.options.x ?? []), ...(this.options.y ?? [])];
    if (refs.some((r) => typeof r === 'string')) return true;
    const labelColumn = this.options.task === 'multiclass' ? ((this.options.y?.[0] as number) ?? cells.length - 1) : -1;
    return cells.some((c, i) => i !== labelColumn && !isNumericCell(c, this.options.delimiter));
  }

  private resolveLayout(names: readonly string[], line: number): Layout {
    const find = (ref: ColumnRef): number => {
      const index = typeof ref === 'number' ? (ref < names.length ? ref : -1) : names.indexOf(ref);
      if (index < 0) {
        const known = names.map((n, i) => `${i}: ${n}`).join(', ');
        this.fail(
          line,
          ref,
          String(ref),
          `column ${JSON.stringify(ref)} is not in the table`,
          `The columns are ${known}.`,
        );
      }
      return index;
    };
    const y = this.options.y === null ? [names.length - 1] : this.options.y.map(find);
    const x = this.options.x === null ? names.map((_, i) => i).filter((i) => !y.includes(i)) : this.options.x.map(find);
    const both = x.find((i) => y.includes(i));
    if (both !== undefined)
      this.fail(
        line,
        names[both]!,
        names[both]!,
        'a column cannot be both a feature and a target',
        'Remove it from x or from y.',
      );
    if (x.length === 0)
      this.fail(
        line,
        null,
        names.join(this.options.delimiter),
        'no feature columns are left',
        'Choose the features with x.',
      );
    return { names, x, y };
  }

  private number(
    cells: readonly string[],
    column: number,
    line: number,
    fix = 'Fix the cell, or leave the column out of x and y.',
  ): number {
    const cell = cells[column]!;
    // one read of the cell: NaN when it holds no number, ±Infinity when its number is beyond float64
    const value = cellNumber(cell, this.options.delimiter);
    if (Number.isNaN(value)) {
      this.fail(
        line,
        this.layout!.names[column]!,
        cell,
        `cell in column ${this.columnText(column)} is not a number`,
        fix,
      );
    }
    if (!Number.isFinite(value)) {
      this.fail(
        line,
        this.layout!.names[column]!,
        cell,
        `number in column ${this.columnText(column)} is beyond the float64 range (±1.8e308)`,
        'Rescale the column so its values fit.',
      );
    }
    return value;
  }

  private target(cells: readonly string[], column: number, line: number): number {
    // a word in the target column is most often a class label: say which task reads those
    const v = this.number(cells, column, line, "For a column of class labels, use task 'multiclass'.");
    if (this.options.task === 'binary' && v !== 0 && v !== 1) {
      this.fail(
        line,
        this.layout!.names[column]!,
        cells[column]!,
        `binary target in column ${this.columnText(column)} must be 0 or 1`,
        "Use task 'multiclass' for other labels.",
      );
    }
    return v;
  }

  private labelId(label: string, column: number, line: number): number {
    const known = this.labelIds.get(label);
    if (known !== undefined) return known;
    const { classes } = this.options;
    if (label === '' || (classes !== null && !classes.includes(label))) {
      const fix = classes === null ? 'Give every row a label.' : `Known classes: ${classes.join(', ')}.`;
      this.fail(
        line,
        this.layout!.names[column]!,
        label,
        `class label in column ${this.columnText(column)} is not allowed`,
        fix,
      );
    }
    if (this.labelIds.size === MAX_CLASSES) {
      this.fail(
        line,
        this.layout!.names[column]!,
        label,
        `column ${this.columnText(column)} has more than ${MAX_CLASSES} distinct class labels (found ${MAX_CLASSES + 1} by this line)`,
        'Check that it is the label column (not an ID), or train a regression on it.',
      );
    }
    this.labelIds.set(label, this.labelIds.size);
    return this.labelIds.size - 1;
  }

  private oneHotTargets(): { y: Float64Array; targetNames: string[] } {
    const found = [...this.labelIds.keys()];
    const { delimiter } = this.options;
    const allNumbers = found.every((label) => isNumericCell(label, delimiter));
    const byValue = (a: string, b: string) => cellNumber(a, delimiter) - cellNumber(b, delimiter);
    const order = this.options.classes ?? [...found].sort(allNumbers ? byValue : undefined);
    const column = new Map(order.map((label, c) => [label, c]));
    const remap = found.map(() => 0);
    for (const [label, id] of this.labelIds) remap[id] = column.get(label)!;
    const k = order.length;
    const y = new Float64Array(this.rows * k);
    const ids = this.y.toArray();
    for (let i = 0; i < this.rows; i++) y[i * k + remap[ids[i]!]!] = 1;
    // class names are shown on screen (dashboard legend, predictions): control characters made visible
    return { y, targetNames: order.map(visible) };
  }

  private columnText(column: number): string {
    return `${JSON.stringify(this.layout!.names[column])} (index ${column})`;
  }

  private fail(line: number, column: string | number | null, value: string, what: string, fix: string): never {
    throw new CsvError(
      `${this.where}: ${what} in ${this.options.file} line ${line}, got ${quote(value)}. ${fix}`,
      this.options.file,
      line,
      column,
      excerpt(value),
    );
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
