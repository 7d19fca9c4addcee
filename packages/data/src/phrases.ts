/**
 * data's phrase book (see core's phrase): the English of every CSV problem, of the checks of generator options and
 * features, and of their hints. Errors carry the key and values; a front end words them from its own table.
 */
import { describeRule, type NumberRule, type PhraseBook } from '@neuronlab/core';

/** What a generator's option takes: its number rule, or true or false for a boolean option (`rule` null). */
function rangeText(rule: NumberRule | null): string {
  return rule === null ? 'true or false' : describeRule(rule);
}

/** A column of a CSV table as a problem names it: `"name" (index 2)`, or `index 2` before the header is read. */
function columnText(name: string | null, index: number): string {
  return name === null ? `index ${index}` : `${JSON.stringify(name)} (index ${index})`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * A CSV problem: `<where>: <what> in <file> line <line>, got <value>. <fix>`. `where` names the reader
 * (`readCsvFile`), `shown` the offending cell or row as quoted. A front end that shows no function names (a web page)
 * words the phrase with `where` empty, and the sentence starts at `<What>`.
 */
function csvLine(where: string, file: string, line: number, shown: string, what: string, fix: string): string {
  const lead = where === '' ? what.charAt(0).toUpperCase() + what.slice(1) : `${where}: ${what}`;
  return `${lead} in ${file} line ${line}, got ${shown}. ${fix}`;
}

/**
 * A sentence about one cell: `what` places the column (see columnText), `fix` ends it; the sentence takes the reader,
 * the file, the line, the quoted value, then the column's name and index.
 */
function cellLine(what: (column: string) => string, fix: string) {
  return (where: string, file: string, line: number, shown: string, name: string, index: number) =>
    csvLine(where, file, line, shown, what(columnText(name, index)), fix);
}

/** How the CSV sentences name the reader's options x, y and task, whose fixes name them. */
export interface CsvOptionWords {
  readonly x: string;
  readonly y: string;
  /** Choosing a task, as a fix says it: `task 'multiclass'`. */
  readonly task: (kind: string) => string;
}

/** The options as readCsvFile and parseCsv take them. */
export const CSV_OPTION_WORDS: CsvOptionWords = { x: 'x', y: 'y', task: (kind) => `task '${kind}'` };

/**
 * The CSV sentences whose fix names an option, in `o`'s names: the library's (CSV_OPTION_WORDS) in DATA_PHRASES; a
 * front end whose options have other names (a command line's flags) makes its own with these.
 */
export function csvOptionPhrases(o: CsvOptionWords) {
  return {
    csvFeatureAndTarget: (where: string, file: string, line: number, shown: string) =>
      csvLine(
        where,
        file,
        line,
        shown,
        'a column cannot be both a feature and a target',
        `Remove it from ${o.x} or from ${o.y}.`,
      ),
    csvNoFeatures: (where: string, file: string, line: number, shown: string) =>
      csvLine(where, file, line, shown, 'no feature columns are left', `Choose the features with ${o.x}.`),
    csvNotNumber: cellLine(
      (column) => `cell in column ${column} is not a number`,
      `Fix the cell, or leave the column out of ${o.x} and ${o.y}.`,
    ),
    /** A word in a target column: most often a class label, so the fix names the task that reads those. */
    csvTargetNotNumber: cellLine(
      (column) => `cell in column ${column} is not a number`,
      `For a column of class labels, use ${o.task('multiclass')}.`,
    ),
    csvBinaryTarget: cellLine(
      (column) => `binary target in column ${column} must be 0 or 1`,
      `Use ${o.task('multiclass')} for other labels.`,
    ),
  };
}

export const DATA_PHRASES = {
  ...csvOptionPhrases(CSV_OPTION_WORDS),
  // CSV input: every sentence takes the reader, the file, the line and the quoted value first
  csvEmpty: (where: string, file: string, line: number, shown: string) =>
    csvLine(where, file, line, shown, 'the input is empty', 'Give a header line and at least one data row.'),
  csvNoRows: (where: string, file: string, line: number, shown: string) =>
    csvLine(where, file, line, shown, 'there are no data rows after the header', 'Add at least one data row.'),
  csvRagged: (where: string, file: string, line: number, shown: string, cells: number, columns: number) =>
    csvLine(
      where,
      file,
      line,
      shown,
      `row has ${plural(cells, 'cell')} but the table has ${columns} columns`,
      `Give every row ${plural(columns, 'cell')}.`,
    ),
  csvCellTooLong: (
    where: string,
    file: string,
    line: number,
    shown: string,
    name: string | null,
    index: number,
    most: number,
    length: number,
  ) =>
    csvLine(
      where,
      file,
      line,
      shown,
      `cell in column ${columnText(name, index)} is longer than ${most} characters (${length})`,
      'Check that the file is a CSV table, with numbers or short labels in its cells.',
    ),
  csvRowTooLong: (where: string, file: string, line: number, shown: string, most: number) =>
    csvLine(
      where,
      file,
      line,
      shown,
      `row is longer than ${most} characters`,
      'Check that the file is a CSV table with one row per line.',
    ),
  /** `code` and `message` are the CSV parser's (papaparse: MissingQuotes, InvalidQuotes, …), `message` English. */
  csvSyntax: (where: string, file: string, line: number, shown: string, _code: string, message: string) =>
    csvLine(
      where,
      file,
      line,
      shown,
      message.replace(/\.$/, ''),
      'Close every opened quote and double quotes inside quoted cells.',
    ),
  /** `columns` are the header's names in order. */
  csvNoColumn: (
    where: string,
    file: string,
    line: number,
    shown: string,
    ref: string | number,
    columns: readonly string[],
  ) =>
    csvLine(
      where,
      file,
      line,
      shown,
      `column ${JSON.stringify(ref)} is not in the table`,
      `The columns are ${columns.map((n, i) => `${i}: ${n}`).join(', ')}.`,
    ),
  csvMissingValue: cellLine(
    (column) => `cell in column ${column} is empty or marks a missing value`,
    'Remove the rows with missing values or fill them in: every feature and target cell must hold a number.',
  ),
  csvBeyondFloat64: cellLine(
    (column) => `number in column ${column} is beyond the float64 range (±1.8e308)`,
    'Rescale the column so its values fit.',
  ),
  csvEmptyLabel: cellLine((column) => `class label in column ${column} is not allowed`, 'Give every row a label.'),
  csvUnknownLabel: (
    where: string,
    file: string,
    line: number,
    shown: string,
    name: string,
    index: number,
    classes: readonly string[],
  ) =>
    csvLine(
      where,
      file,
      line,
      shown,
      `class label in column ${columnText(name, index)} is not allowed`,
      `Known classes: ${classes.join(', ')}.`,
    ),
  csvTooManyLabels: (
    where: string,
    file: string,
    line: number,
    shown: string,
    name: string,
    index: number,
    most: number,
  ) =>
    csvLine(
      where,
      file,
      line,
      shown,
      `column ${columnText(name, index)} has more than ${most} distinct class labels (found ${most + 1} by this line)`,
      'Check that it is the label column (not an ID), or train a regression on it.',
    ),

  // generator options
  /** Where a generator's option was given, as a bad value's label. */
  generatorOption: (key: string, dataset: string) => `generateDataset: option "${key}" of "${dataset}"`,
  /** `rule` is null for a boolean option. */
  optionRangeOrDefault: (rule: NumberRule | null, fallback: number | boolean) =>
    `Pass ${rangeText(rule)} or leave it out for the default ${String(fallback)}.`,
  trueOrFalse: () => rangeText(null),
  /** `shown` is the value given to the unknown option. */
  generatorNoOption: (dataset: string, key: string, shown: string, options: readonly string[]) =>
    `generateDataset: "${dataset}" has no option "${key}", got ${shown}. Valid options: ${options.join(', ')}.`,

  // features and the split
  featureInputs: (values: number) => `n × 2 = ${values} values (features need 2-input data)`,
  featuresNeedTwoInputs: (inputs: number) =>
    `features must be used on data with 2 inputs, got ${inputs}. Leave --features out for this dataset.`,
  tryRatio: (ratio: number) => `Try ${ratio}.`,
} satisfies PhraseBook;
