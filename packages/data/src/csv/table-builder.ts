import { type Dataset, excerpt, phrase, quote, visible } from '@neuronlab/core';
import { DATA_PHRASES } from '../phrases.js';
import { CsvError } from './csv-error.js';
import type { ColumnRef, ResolvedCsvOptions } from './csv-options.js';
import { GrowableFloat64 } from './growable.js';
import { MAX_CELL_CHARS, MAX_CLASSES } from './limits.js';
import { cellNumber, isMissingCell, isNumericCell } from './number-cell.js';

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
      this.fail(line, Math.min(cells.length, names.length), value, 'csvRagged', cells.length, names.length);
    }
    for (const c of x) this.x.push(this.number(cells, c, line));
    if (this.options.task === 'multiclass') this.y.push(this.labelId(cells[y[0]!]!.trim(), y[0]!, line));
    else for (const c of y) this.y.push(this.target(cells, c, line));
    // with targets: false, y is empty and the task is regression: nothing is pushed
    this.rows++;
  }

  /** Refuses a cell longer than MAX_CELL_CHARS (no number or label is that long), naming its column. */
  private checkCellLengths(cells: readonly string[], line: number): void {
    for (let i = 0; i < cells.length; i++) {
      if (cells[i]!.length <= MAX_CELL_CHARS) continue;
      const name = this.layout?.names[i] ?? null;
      this.fail(line, name ?? i, cells[i]!, 'csvCellTooLong', name, i, MAX_CELL_CHARS, cells[i]!.length);
    }
  }

  /** The finished dataset, once every row has been added. */
  finish(): Dataset {
    if (this.layout === null) this.fail(1, null, '', 'csvEmpty');
    if (this.rows === 0) this.fail(this.headerLine, null, this.layout.names.join(this.options.delimiter), 'csvNoRows');
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
          ...(this.options.targets
            ? { y: yNames.length === 1 ? yNames[0]! : yNames, task: this.options.task }
            : { targets: false }),
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
      if (index < 0) this.fail(line, ref, String(ref), 'csvNoColumn', ref, names);
      return index;
    };
    const y = !this.options.targets ? [] : this.options.y === null ? [names.length - 1] : this.options.y.map(find);
    const x = this.options.x === null ? names.map((_, i) => i).filter((i) => !y.includes(i)) : this.options.x.map(find);
    const both = x.find((i) => y.includes(i));
    if (both !== undefined) this.fail(line, names[both]!, names[both]!, 'csvFeatureAndTarget');
    if (x.length === 0) this.fail(line, null, names.join(this.options.delimiter), 'csvNoFeatures');
    return { names, x, y };
  }

  private number(
    cells: readonly string[],
    column: number,
    line: number,
    notNumber: 'csvNotNumber' | 'csvTargetNotNumber' = 'csvNotNumber',
  ): number {
    const cell = cells[column]!;
    // one read of the cell: NaN when it holds no number, ±Infinity when its number is beyond float64
    const value = cellNumber(cell, this.options.delimiter);
    if (!Number.isFinite(value)) {
      // every cell of every row passes here: the column's name is looked up only for the error
      const name = this.layout!.names[column]!;
      const phrase = !Number.isNaN(value) ? 'csvBeyondFloat64' : isMissingCell(cell) ? 'csvMissingValue' : notNumber;
      this.fail(line, name, cell, phrase, name, column);
    }
    return value;
  }

  private target(cells: readonly string[], column: number, line: number): number {
    // a word in the target column is most often a class label: say which task reads those
    const v = this.number(cells, column, line, 'csvTargetNotNumber');
    if (this.options.task === 'binary' && v !== 0 && v !== 1) {
      const name = this.layout!.names[column]!;
      this.fail(line, name, cells[column]!, 'csvBinaryTarget', name, column);
    }
    return v;
  }

  private labelId(label: string, column: number, line: number): number {
    const known = this.labelIds.get(label);
    if (known !== undefined) return known;
    const { classes } = this.options;
    const name = this.layout!.names[column]!;
    if (label === '' || (classes !== null && !classes.includes(label))) {
      if (classes === null) this.fail(line, name, label, 'csvEmptyLabel', name, column);
      this.fail(line, name, label, 'csvUnknownLabel', name, column, classes);
    }
    if (this.labelIds.size === MAX_CLASSES) this.fail(line, name, label, 'csvTooManyLabels', name, column, MAX_CLASSES);
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

  /**
   * Throws the CsvError `problem` (a sentence of data's phrase book) about `value` on `line`, in `column` (a name or an
   * index, or null when the problem is not about one column); `more` are the sentence's own values.
   */
  private fail<K extends CsvProblem>(
    line: number,
    column: string | number | null,
    value: string,
    problem: K,
    ...more: More<K>
  ): never {
    const { file } = this.options;
    const values = [this.where, file, line, quote(value), ...more] as unknown as Parameters<Book[K]>;
    throw new CsvError(phrase(DATA_PHRASES, problem, ...values), file, line, column, excerpt(value));
  }
}

type Book = typeof DATA_PHRASES;

/** The sentences of data's phrase book about CSV input: they take the reader, file, line and quoted value first. */
type CsvProblem = {
  [K in keyof Book]: Parameters<Book[K]> extends [string, string, number, string, ...unknown[]] ? K : never;
}[keyof Book];

/** What a CSV sentence places after the reader, file, line and value. */
type More<K extends CsvProblem> = Parameters<Book[K]> extends [string, string, number, string, ...infer R] ? R : never;
