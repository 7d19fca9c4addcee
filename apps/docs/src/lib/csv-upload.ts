import type { Dataset } from '@neuronlab/core';
import { CsvError, isNumericCell, readFirstLine } from '@neuronlab/data';
import { parseCsvStream } from '@neuronlab/data/csv';
import { recipeFromFlags, type ValidRecipe, validateRecipe } from '@neuronlab/lab';

/** Bytes read to find the column names: the first line of any sensible CSV fits. */
const HEADER_BYTES = 64 * 1024;

/** The columns a user picks for the playground: two features (its map is a plane) and one class column. */
export interface CsvChoice {
  readonly x: readonly [string, string];
  readonly y: string;
  readonly task: 'binary' | 'multiclass';
}

/** The columns of a CSV as its first line shows them. */
export interface CsvColumns {
  /** Header names, or the 0-based indices (as text) when the first line is data. */
  readonly columns: readonly string[];
  /** Whether the first line names the columns. */
  readonly named: boolean;
  /** What separates the cells: , ; tab or |, as the first line shows (see readFirstLine). */
  readonly delimiter: string;
}

/**
 * The columns of a CSV's first line (the start of the text is enough): its cells when any is not a number (a header
 * row, as the reader's 'auto' decides), else the 0-based indices the reader accepts in their place.
 */
export function csvColumns(head: string): CsvColumns {
  const { delimiter, cells } = readFirstLine(head);
  const named = cells.some((c) => !isNumericCell(c, delimiter));
  return { columns: named ? cells : cells.map((_, i) => String(i)), named, delimiter };
}

/** The columns of a file, from its first bytes only (the rest is streamed when the data is read). */
export async function fileColumns(file: Blob): Promise<CsvColumns> {
  return csvColumns(await file.slice(0, HEADER_BYTES).text());
}

/** The first choice offered: the first two columns as features and the last as the class. */
export function defaultChoice(columns: readonly string[]): CsvChoice {
  return { x: [columns[0] ?? '0', columns[1] ?? '1'], y: columns.at(-1) ?? '2', task: 'binary' };
}

/** A column reference as the reader takes it: a header name, or an index when the file has none. */
const ref = (column: string, named: boolean) => (named ? column : Number(column));

/**
 * Reads the whole file with the CLI's reader, streamed chunk by chunk (`file.stream()`), so a large file never sits
 * in memory as text and the page keeps drawing between chunks. Throws the reader's CsvError for bad input.
 */
export function readCsvUpload(
  file: Blob,
  name: string,
  choice: CsvChoice,
  { named, delimiter }: Pick<CsvColumns, 'named' | 'delimiter'>,
): Promise<Dataset> {
  if (!distinctColumns(choice)) {
    return Promise.reject(
      new RangeError(
        `${name}: the two feature columns and the class column must be three different columns, got ${choice.x.join(', ')} and ${choice.y}. Pick another column.`,
      ),
    );
  }
  return parseCsvStream(file.stream(), {
    file: name,
    x: choice.x.map((c) => ref(c, named)),
    y: ref(choice.y, named),
    task: choice.task,
    header: named,
    delimiter,
  });
}

/** A problem with a file, as the page reports it: where it is (when the reader knows) and the reader's own words. */
export interface CsvProblem {
  /** 1-based line of a CsvError, or null for a problem that is not about one place in the file. */
  readonly line: number | null;
  /** The column's name or 0-based index as text, or null. */
  readonly column: string | null;
  /** The reader's message, led by the file's name. */
  readonly detail: string;
}

/** A CsvError's file, line and column apart from its message, so the page can frame them in its own language. */
export function csvProblem(e: unknown): CsvProblem {
  if (e instanceof CsvError) {
    const detail = e.message.startsWith(e.file) ? e.message : `${e.file}: ${e.message}`;
    return { line: e.line, column: e.column === null ? null : String(e.column), detail };
  }
  return { line: null, column: null, detail: e instanceof Error ? e.message : String(e) };
}

/** True when the choice names three different columns, as the reader needs (two features and the class). */
export function distinctColumns(choice: CsvChoice): boolean {
  return new Set([...choice.x, choice.y]).size === 3;
}

/** The playground's recipe trained on an uploaded CSV: its settings kept, the data and the loss the task needs. */
export function csvRecipe(current: ValidRecipe, name: string, choice: CsvChoice): ValidRecipe {
  const fresh = recipeFromFlags(
    {},
    { csv: { file: name, task: choice.task, x: choice.x.join(','), y: choice.y }, kind: 'mlp' },
  );
  return validateRecipe({ ...current, dataset: fresh.dataset, loss: fresh.loss });
}
