import type { TaskKind } from '@neuronlab/core';
import { describe } from '../schema.js';

/** A column chosen by header name or by 0-based index. */
export type ColumnRef = string | number;

/** Options of the CSV readers. */
export interface CsvReadOptions {
  /** Name used in error messages and in the recipe (a path, or a label such as `upload.csv`). @default '<csv>' */
  readonly file?: string;
  /** Feature columns. @default every column except the targets */
  readonly x?: readonly ColumnRef[];
  /** Target column; several only for regression. @default the last column */
  readonly y?: ColumnRef | readonly ColumnRef[];
  /**
   * regression: numeric targets; binary: a 0/1 target; multiclass: a label column (any text), one-hot encoded.
   * @default 'regression'
   */
  readonly task?: TaskKind;
  /**
   * Whether the first row names the columns. 'auto' says yes when x or y names a column, or when any cell of the
   * first row is not a number (a multiclass label cell is not counted, since labels may be words). @default 'auto'
   */
  readonly header?: boolean | 'auto';
  /** Field separator (one character, not a quote or line break). @default ',' */
  readonly delimiter?: string;
  /** Multiclass label order (one-hot column order). @default the labels found, sorted (numerically if all numbers) */
  readonly classes?: readonly string[];
  /**
   * Whether the file holds targets. false reads inputs only, to predict on: the features are x (every column by
   * default), the dataset has no targets (`outputDim` 0), and y, task and classes are not taken. @default true
   */
  readonly targets?: boolean;
}

/** Options with defaults filled and kinds checked. */
export interface ResolvedCsvOptions {
  readonly file: string;
  readonly x: readonly ColumnRef[] | null;
  readonly y: readonly ColumnRef[] | null;
  readonly task: TaskKind;
  readonly header: boolean | 'auto';
  readonly delimiter: string;
  readonly classes: readonly string[] | null;
  readonly targets: boolean;
}

const TASKS: readonly TaskKind[] = ['regression', 'binary', 'multiclass'];

/** Checks the kinds of the CSV options and fills in their defaults. */
export function resolveCsvOptions(where: string, options: CsvReadOptions): ResolvedCsvOptions {
  const { file = '<csv>', task = 'regression', header = 'auto', delimiter = ',', targets = true } = options;
  const fail = (what: string, value: unknown, fix: string) => {
    throw new TypeError(`${where}: ${what}, got ${describe(value)}. ${fix}`);
  };
  if (typeof file !== 'string') fail('file must be a string', file, "Pass a name such as 'data.csv'.");
  if (!TASKS.includes(task)) fail(`task must be one of ${TASKS.join(', ')}`, task, "Pick the task, e.g. 'regression'.");
  if (header !== 'auto' && typeof header !== 'boolean')
    fail("header must be true, false or 'auto'", header, 'Leave it out to detect the header.');
  if (typeof delimiter !== 'string' || delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    fail('delimiter must be one character other than a quote or line break', delimiter, "Try ',' or ';'.");
  }
  if (typeof targets !== 'boolean') fail('targets must be true or false', targets, 'Pass false to read inputs only.');
  if (!targets && (options.y !== undefined || options.classes !== undefined)) {
    fail('y and classes name targets, and targets is false', options.y ?? options.classes, 'Leave them out.');
  }
  const x = options.x === undefined ? null : checkRefs(where, 'x', options.x);
  const y = options.y === undefined ? null : checkRefs(where, 'y', Array.isArray(options.y) ? options.y : [options.y]);
  if (y !== null && (y.length === 0 || (y.length > 1 && task !== 'regression'))) {
    fail(
      `y must name one column${task === 'regression' ? ' or more' : ` for ${task} data`}`,
      options.y,
      'Pass one name or index.',
    );
  }
  const classes = options.classes === undefined ? null : [...options.classes];
  if (classes !== null && (classes.length < 2 || classes.some((c) => typeof c !== 'string'))) {
    fail('classes must list at least two labels as strings', options.classes, "Pass e.g. ['cat', 'dog', 'bird'].");
  }
  return { file, x, y, task: targets ? task : 'regression', header, delimiter, classes, targets };
}

function checkRefs(where: string, key: string, refs: unknown): ColumnRef[] {
  if (!Array.isArray(refs) || refs.some((r) => typeof r !== 'string' && !(Number.isInteger(r) && r >= 0))) {
    throw new TypeError(
      `${where}: ${key} must list column names or 0-based indices, got ${describe(refs)}. Pass e.g. ['celsius'] or [0].`,
    );
  }
  return refs as ColumnRef[];
}
