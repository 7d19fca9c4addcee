/**
 * data's phrase book in Japanese: the same keys and values as DATA_PHRASES (its type is the contract). A CSV problem
 * leaves out the reader's function name, which is the program's business, and the CSV parser's own English message.
 */
import type { NumberRule } from '@neuronlab/core';
import type { CsvOptionWords, csvOptionPhrases, DATA_PHRASES } from '@neuronlab/data';
import { ruleJa } from './rule-ja.js';

/** A CSV column as a problem names it: `列 "name" (インデックス 2)`, or by its index before the header is read. */
function columnJa(name: string | null, index: number): string {
  return name === null ? `列 (インデックス ${index})` : `列 ${JSON.stringify(name)} (インデックス ${index})`;
}

/** A CSV problem: `<file> の <line> 行目: <what> (値: <value>)。<fix>`. */
function csvJa(file: string, line: number, shown: string, what: string, fix: string): string {
  return `${file} の ${line} 行目: ${what} (値: ${shown})。${fix}`;
}

/** A problem with one cell: `what` places the column (see columnJa), `fix` ends it (the reader's name is left out). */
function cellJa(what: (column: string) => string, fix: string) {
  return (_where: string, file: string, line: number, shown: string, name: string, index: number) =>
    csvJa(file, line, shown, what(columnJa(name, index)), fix);
}

/** What a generator's option takes, in Japanese: its number rule, or true か false (`rule` null). */
function rangeJa(rule: NumberRule | null): string {
  return rule === null ? 'true か false' : ruleJa(rule);
}

/** The CSV parser's complaint (papaparse's code) in Japanese. */
const CSV_SYNTAX_JA: Readonly<Record<string, string>> = {
  MissingQuotes: '引用符が閉じていません',
  InvalidQuotes: '引用符の使い方が正しくありません',
};

/**
 * An option's name placed in a Japanese sentence: set off by spaces when it is written in ASCII (`x`, `--x`), as these
 * sentences set off every name and value in ASCII, and as it is when it is Japanese (a page's own control).
 */
function ascii(word: string): string {
  return /^[\x21-\x7e]/.test(word) ? ` ${word} ` : word;
}

/** The options as the library takes them, in a Japanese sentence; `task` ends in the particle before する. */
const CSV_OPTION_WORDS_JA: CsvOptionWords = { x: 'x', y: 'y', task: (kind) => `タスクを '${kind}' に` };

/** csvOptionPhrases in Japanese: the CSV sentences whose fix names an option, in `o`'s names. */
export function csvOptionPhrasesJa(o: CsvOptionWords): ReturnType<typeof csvOptionPhrases> {
  return {
    csvFeatureAndTarget: (_where, file, line, shown) =>
      csvJa(
        file,
        line,
        shown,
        '同じ列を特徴量と目的変数の両方にはできません',
        `${ascii(o.x).trimStart()}か${ascii(o.y)}のどちらかから外してください。`,
      ),
    csvNoFeatures: (_where, file, line, shown) =>
      csvJa(file, line, shown, '特徴量の列が残っていません', `${ascii(o.x).trimStart()}で特徴量の列を選んでください。`),
    csvNotNumber: cellJa(
      (column) => `${column} のセルが数値ではありません`,
      `セルを直すか、その列を${ascii(o.x)}と${ascii(o.y)}から外してください。`,
    ),
    csvTargetNotNumber: cellJa(
      (column) => `${column} のセルが数値ではありません`,
      `クラスラベルの列なら、${o.task('multiclass')}してください。`,
    ),
    csvBinaryTarget: cellJa(
      (column) => `${column} は二値分類の目的変数なので 0 か 1 でなければなりません`,
      `ほかのラベルなら、${o.task('multiclass')}してください。`,
    ),
  };
}

export const DATA_PHRASES_JA: typeof DATA_PHRASES = {
  ...csvOptionPhrasesJa(CSV_OPTION_WORDS_JA),
  // data: CSV input
  csvEmpty: (_where, file, line, shown) =>
    csvJa(file, line, shown, '入力が空です', 'ヘッダー行と 1 行以上のデータ行を書いてください。'),
  csvNoRows: (_where, file, line, shown) =>
    csvJa(file, line, shown, 'ヘッダーの後にデータ行がありません', 'データ行を 1 行以上加えてください。'),
  csvRagged: (_where, file, line, shown, cells, columns) =>
    csvJa(
      file,
      line,
      shown,
      `行のセルは ${cells} 個ですが、表の列は ${columns} 個です`,
      `すべての行のセルを ${columns} 個にしてください。`,
    ),
  csvCellTooLong: (_where, file, line, shown, name, index, most, length) =>
    csvJa(
      file,
      line,
      shown,
      `${columnJa(name, index)} のセルが ${most} 文字を超えています (${length} 文字)`,
      'ファイルが CSV の表で、セルに数値か短いラベルが入っていることを確かめてください。',
    ),
  csvRowTooLong: (_where, file, line, shown, most) =>
    csvJa(
      file,
      line,
      shown,
      `行が ${most} 文字を超えています`,
      'ファイルが 1 行に 1 行分のデータを持つ CSV の表であることを確かめてください。',
    ),
  csvSyntax: (_where, file, line, shown, code, _message) =>
    csvJa(
      file,
      line,
      shown,
      CSV_SYNTAX_JA[code] ?? 'CSV として読めません',
      '開いた引用符はすべて閉じ、引用されたセルの中の引用符は 2 つ重ねてください。',
    ),
  csvNoColumn: (_where, file, line, shown, ref, columns) =>
    csvJa(
      file,
      line,
      shown,
      `列 ${JSON.stringify(ref)} が表にありません`,
      `列は ${columns.map((n, i) => `${i}: ${n}`).join(', ')} です。`,
    ),
  csvMissingValue: cellJa(
    (column) => `${column} のセルが空か、欠損値を表しています`,
    '欠損値のある行を取り除くか、値を埋めてください。特徴量と目的変数のセルはすべて数値でなければなりません。',
  ),
  csvBeyondFloat64: cellJa(
    (column) => `${column} の数値が float64 の範囲 (±1.8e308) を超えています`,
    '値が収まるように列の尺度を変えてください。',
  ),
  csvEmptyLabel: cellJa((column) => `${column} のクラスラベルが空です`, 'すべての行にラベルを付けてください。'),
  csvUnknownLabel: (_where, file, line, shown, name, index, classes) =>
    csvJa(
      file,
      line,
      shown,
      `${columnJa(name, index)} のクラスラベルが既知のクラスにありません`,
      `既知のクラス: ${classes.join(', ')}。`,
    ),
  csvTooManyLabels: (_where, file, line, shown, name, index, most) =>
    csvJa(
      file,
      line,
      shown,
      `${columnJa(name, index)} のクラスラベルが ${most} 種類を超えています (この行で ${most + 1} 種類目)`,
      'ID ではなくラベルの列であることを確かめるか、回帰として学習させてください。',
    ),

  // data: generator options, features and the split
  generatorOption: (key, dataset) => `データセット "${dataset}" のオプション "${key}"`,
  optionRangeOrDefault: (rule, fallback) =>
    `${rangeJa(rule)}を指定するか、省略して既定値 ${String(fallback)} を使ってください。`,
  trueOrFalse: () => rangeJa(null),
  generatorNoOption: (dataset, key, shown, options) =>
    `データセット "${dataset}" にオプション "${key}" はありません (値: ${shown})。使えるオプション: ${options.join(', ')}。`,
  featureInputs: (values) => `${values} 個の値 (n × 2。特徴量には入力が 2 つのデータが必要です)`,
  featuresNeedTwoInputs: (inputs) =>
    `--features は入力が 2 つのデータにしか使えませんが、このデータの入力は ${inputs} 個です。このデータセットでは --features を外してください。`,
  tryRatio: (ratio) => `${ratio} を試してください。`,
};
