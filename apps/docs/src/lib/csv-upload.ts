import type { Dataset, PhraseBook } from '@neuronlab/core';
import { CsvError, cellNumber, isNumericCell, readFirstLine, splitCsvLine } from '@neuronlab/data';
import { parseCsvStream } from '@neuronlab/data/csv';
import { recipeFromFlags, type ValidRecipe, validateRecipe, wordPhrase } from '@neuronlab/lab';

/** Bytes read to find the column names and guess the task: the first line of any sensible CSV fits, and many rows. */
const HEADER_BYTES = 64 * 1024;

/** Rows of the file's start looked at to guess whether a class column holds 0/1 or labels. */
const SAMPLE_ROWS = 1000;

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
  /** The cells of the first data rows (whole lines of the start only), to guess a class column's task from. */
  readonly sample: readonly (readonly string[])[];
}

/**
 * The columns of a CSV's first line (the start of the text is enough): its cells when any is not a number (a header
 * row, as the reader's 'auto' decides), else the 0-based indices the reader accepts in their place.
 */
export function csvColumns(head: string, whole = true): CsvColumns {
  const { delimiter, cells } = readFirstLine(head);
  const named = cells.some((c) => !isNumericCell(c, delimiter));
  const lines = head.split(/\r?\n|\r/);
  // the last line of a file's start may be cut short; a quoted cell across lines only blurs the guess
  const wholeLines = whole ? lines : lines.slice(0, -1);
  const sample = wholeLines
    .slice(named ? 1 : 0, SAMPLE_ROWS + 1)
    .filter((line) => line.trim() !== '')
    .map((line) => splitCsvLine(line, delimiter).map((c) => c.trim()));
  return { columns: named ? cells : cells.map((_, i) => String(i)), named, delimiter, sample };
}

/** The columns of a file, from its first bytes only (the rest is streamed when the data is read). */
export async function fileColumns(file: Blob): Promise<CsvColumns> {
  return csvColumns(await file.slice(0, HEADER_BYTES).text(), file.size <= HEADER_BYTES);
}

/**
 * The task a class column's first rows suggest: two classes when every cell there is 0 or 1 (what the binary reader
 * takes), else labels. Only a guess for the form's first value; the reader checks every row.
 */
export function guessTask(columns: CsvColumns, y: string): CsvChoice['task'] {
  const zeroOrOne = (c: string) => {
    const v = cellNumber(c, columns.delimiter);
    return v === 0 || v === 1;
  };
  return sampleCells(columns, y).every(zeroOrOne) ? 'binary' : 'multiclass';
}

/** How many different labels the class column `y` shows in the file's first rows. */
export function sampleLabels(columns: CsvColumns, y: string): number {
  return new Set(sampleCells(columns, y)).size;
}

/** The non-empty cells of column `y` in the file's first rows (none for a column the file does not have). */
function sampleCells(columns: CsvColumns, y: string): string[] {
  const index = columns.columns.indexOf(y);
  if (index < 0) return [];
  return columns.sample.map((row) => row[index] ?? '').filter((c) => c !== '');
}

/** The first choice offered: the first two columns as features, the last as the class, and the task it suggests. */
export function defaultChoice(columns: CsvColumns): CsvChoice {
  const names = columns.columns;
  const y = names.at(-1) ?? '2';
  return { x: [names[0] ?? '0', names[1] ?? '1'], y, task: guessTask(columns, y) };
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

/**
 * A problem with a file in the page's words: a CsvError's sentence from `phrases` (a table of data's phrase book, its
 * reader's function name left out: the sentence names the file, line and column itself), else the error's message.
 */
export function csvProblem(e: unknown, phrases: PhraseBook): string {
  if (e instanceof CsvError) return wordPhrase(phrases, { ...e.phrase, values: ['', ...e.phrase.values.slice(1)] });
  return e instanceof Error ? e.message : String(e);
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
