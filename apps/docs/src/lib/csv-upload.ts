import type { Dataset } from '@neuronlab/core';
import { CsvError, parseCsvStream } from '@neuronlab/data';
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
}

/**
 * The columns of a CSV's first line: its cells when any is not a number (a header row, as the reader's 'auto'
 * decides), else the 0-based indices the reader accepts in their place.
 */
export function csvColumns(firstLine: string): CsvColumns {
  const cells = firstLine
    .replace(/\r$/, '')
    .split(',')
    .map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const named = cells.some((c) => c === '' || !Number.isFinite(Number(c)));
  return { columns: named ? cells : cells.map((_, i) => String(i)), named };
}

/** The columns of a file, from its first bytes only (the rest is streamed when the data is read). */
export async function fileColumns(file: Blob): Promise<CsvColumns> {
  const head = await file.slice(0, HEADER_BYTES).text();
  return csvColumns(head.split('\n', 1)[0] ?? '');
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
export function readCsvUpload(file: Blob, name: string, choice: CsvChoice, named: boolean): Promise<Dataset> {
  if (new Set([...choice.x, choice.y]).size !== 3) {
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
  });
}

/** One line for the page: a CsvError's file, line and column first, so the bad cell is easy to find. */
export function describeCsvProblem(e: unknown): string {
  if (e instanceof CsvError) {
    const column = e.column === null ? '' : `, column ${e.column}`;
    const said = e.message.startsWith(e.file) ? e.message : `${e.file}: ${e.message}`;
    return `line ${e.line}${column} — ${said}`;
  }
  return e instanceof Error ? e.message : String(e);
}

/** The playground's recipe trained on an uploaded CSV: its settings kept, the data and the loss the task needs. */
export function csvRecipe(current: ValidRecipe, name: string, choice: CsvChoice): ValidRecipe {
  const fresh = recipeFromFlags(
    {},
    { csv: { file: name, task: choice.task, x: choice.x.join(','), y: choice.y }, kind: 'mlp' },
  );
  return validateRecipe({ ...current, dataset: fresh.dataset, loss: fresh.loss });
}
