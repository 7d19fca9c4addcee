/**
 * The CLI's error lines in Japanese: errors-en.ts's keys (checked by the type `Messages`), the terms of the glossary.
 * Flags, paths, values and names stay as they are typed; only the words around them are Japanese.
 */
import { ERROR_WORDS_JA, wordPhrase } from '@neuronlab/lab';
import type { Messages } from './messages-en.js';
import { phrasesJa } from './phrases-ja.js';

type Errors = Messages['errors'];

const kinds: Errors['kinds'] = {
  file: '通常のファイル',
  directory: 'ディレクトリ',
  characterDevice: 'キャラクタデバイス',
  blockDevice: 'ブロックデバイス',
  fifo: 'FIFO (名前付きパイプ)',
  socket: 'ソケット',
  symlink: 'シンボリックリンク',
  other: '通常のファイル以外',
};

/** `a, b` or `なし`: a list in a sentence that may be empty. */
function listOrNone(names: readonly string[]): string {
  return names.length === 0 ? 'なし' : names.join(', ');
}

/** The end of a line about a flag that contradicts an --init model. */
function leaveOrDrop(flag: string): string {
  return `そのモデルの学習を続けるなら ${flag} を外し、そうでなければ --init を外してください。`;
}

/** commander's suggestion, on the line: ` (--lr のことですか?)`, or nothing when it has none. */
function didYouMeanJa(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  return suggestions.length === 1
    ? ` (${suggestions[0]} のことですか?)`
    : ` (${suggestions.join(', ')} のいずれかのことですか?)`;
}

export const errorsJa: Errors = {
  mustBe: ERROR_WORDS_JA.mustBe,
  rule: ERROR_WORDS_JA.rule,
  oneOf: ERROR_WORDS_JA.oneOf,
  phrases: phrasesJa,

  fileMissing: (flag, path) => `${flag} のファイル ${path} がありません。パスを確認してください。`,
  notRegular: (flag, path, kind) =>
    `${flag} ${path} は${kinds[kind]}で、通常のファイルではありません。ファイルを指定してください (FIFO やデバイスは終わらないことがあります)。`,
  tooLarge: (flag, path, size, most) =>
    `${flag} ${path} は ${size} バイトで、上限の ${most} バイトを超えています。正しいファイルか確認してください。`,
  unreadable: (flag, path, code) => `${flag} ${path} を読めません (${code})。パスを確認してください。`,
  notModelFile: (flag, path, why) => `${flag} ${path} は正しいモデルファイルではありません: ${why}`,

  outNameEmpty: (flag) =>
    `${flag} にファイル名がありません。書き込むファイルの名前を指定してください (例: model.json)。`,
  outEndsWithSlash: (flag, path) =>
    `${flag} ${path} は / で終わっていて、ファイル名ではありません。末尾の / を外してください。`,
  outNoDirectory: (flag, path, dir) => `${flag} ${path} のディレクトリがありません。先に ${dir} を作成してください。`,
  outDanglingLink: (flag, path) =>
    `${flag} ${path} はリンク先のないシンボリックリンクです。別の ${flag} のパスを指定してください。`,
  outUnusable: (flag, path, code) => `${flag} ${path} は使えません (${code})。別の ${flag} のパスを指定してください。`,
  outDirectory: (flag, path) => `${flag} ${path} はディレクトリです。ファイル名を加えてください。`,
  outNotRegular: (flag, path, kind) =>
    `${flag} ${path} は${kinds[kind]}です。置き換えるのは通常のファイルだけです。別の ${flag} のパスを指定してください。`,
  outIsInput: (flag, path, inputFlag, inputPath) =>
    `${flag} ${path} は ${inputFlag} ${inputPath} と同じファイルで、保存すると上書きしてしまいます。別の ${flag} のパスを指定してください。`,
  outNotWritable: (flag, dir, code) =>
    `${flag}: ${dir} にファイルを作成できません (${code})。書き込めるディレクトリを指定してください。`,

  logDirEmpty: (flag) => `${flag} にディレクトリ名がありません。ディレクトリを指定してください (例: runs)。`,
  logDirUncreatable: (flag, dir, code) =>
    `${flag}: ${dir} を作成できません (${code})。書き込めるディレクトリを指定してください。`,
  logDirIsFile: (flag, path) =>
    `${flag} ${path} はファイルで、ディレクトリではありません。別のパスを指定してください。`,
  runNamePlain: (name, most) =>
    `--run-name は単純な名前 (スラッシュや制御文字を含まず、${most} 文字以下) でなければなりません: ${name}。例: --run-name lr-1e-3`,
  runNameTaken: (name, root) =>
    `--run-name ${name} は ${root} にすでにあります。実行の記録は上書きしません。別の名前を指定してください。`,
  runNamesUsedUp: (root, name) =>
    `--log-dir ${root} には ${name} という名前の実行が多すぎます。--run-name を指定してください。`,
  runNameNeedsLogDir: (env, name) =>
    `--run-name ${name} には --log-dir (または ${env}) が必要です。--log-dir runs を付けてください。`,

  speedWithJson: (speed) =>
    `--speed ${speed} はダッシュボードの速度で、すべてのイベントをすぐに出力する --json とは一緒に使えません。外してください。`,
  columnsNeedData: () => '--x と --y には --data <file.csv> が必要です。',
  classesNeedData: () => '--classes には --data <file.csv> と --task multiclass が必要です。',
  dataAndDataset: () => '--data と --dataset は一緒に使えません。どちらか一方にしてください。',
  classesNeedMulticlass: (task) =>
    `--classes には --task multiclass が必要ですが、--task ${task} です。--task multiclass を付けてください。`,

  initDataGone: (file) =>
    `--init のモデルは ${file} で学習しましたが、そのファイルがここにありません。そのファイルのある場所で実行するか、--data でデータを指定してください。`,
  initOtherKind: (flag, given, path, kind) =>
    `${flag} ${given} は --init のモデル ${path} (${kind === 'neuron' ? 'ニューロン' : 'mlp'}) と食い違っています。${leaveOrDrop(flag)}`,
  initOtherWidths: (flag, given, path, widths) =>
    `${flag} ${given} は --init のモデル ${path} (隠れ層の幅 ${widths === '' ? 'なし' : widths}) と食い違っています。${leaveOrDrop(flag)}`,
  initOtherActivation: (flag, given, path, activation) =>
    `${flag} ${given} は --init のモデル ${path} (活性化関数 ${activation}) と食い違っています。${leaveOrDrop(flag)}`,
  initOtherNormalize: (flag, given, path, normalize) =>
    `${flag} ${given} は --init のモデル ${path} (入力の正規化 ${normalize} で学習) と食い違っています。${leaveOrDrop(flag)}`,
  initNormalizesTargets: (path, kind) =>
    `--init のモデル ${path} は目的変数を正規化 (${kind}) していますが、学習ではそれを行いません。新しいモデルを学習させてください。`,
  initDims: (inputs, outputs, dataInputs, dataOutputs, own, named) =>
    `--init のモデルは入力 ${inputs} 個・出力 ${outputs} 個ですが、データは入力 ${dataInputs} 個・出力 ${dataOutputs} 個です。${
      own === null
        ? named
          ? 'このデータで学習したモデルを使ってください。'
          : 'モデルには学習したデータの記録がありません。--dataset か --data でデータを指定してください。'
        : own === ''
          ? 'チュートリアルのデータで学習したモデルです。データのフラグを外してください。'
          : `${own} で学習したモデルです。それらを指定するか、データのフラグをすべて外してください。`
    }`,
  initOtherTask: (has, task, want) =>
    `--init のモデルの出力層は ${has} ですが、${task} のデータには ${want} が必要です。このタスク用に学習したモデルを使ってください。`,
  saveTooManyValues: (values, most) =>
    `--save: このモデルには ${values} 個の数が必要で、モデルファイルに入る ${most} 個を超えています。隠れ層を減らすか幅を狭くするか、--save を外してください。`,

  sweepSave: () =>
    '--save はスイープには使えません。各試行のモデルは実行のディレクトリの model.json に残ります。--save を外してください。',
  sweepRunName: () => '--run-name はスイープには使えません。試行の名前は trial-NN-<設定> です。外してください。',
  rangeForm: (flag, text) =>
    `${flag}: 範囲は a..b、a..b:N、a..b:logN のいずれかの形でなければなりません: ${text}。例: 1..5、1e-5..1e-2:log4`,
  rangeWhole: (flag, text) => `${flag}: 範囲 a..b には a <= b の整数が必要です: ${text}。例: 1..5`,
  rangeTooLong: (flag, text, most) => `${flag}: ${text} は値が ${most} 個を超えます。範囲を狭めてください。`,
  rangeLogEnds: (flag, text) =>
    `${flag}: 対数の範囲は両端とも 0 より大きくなければなりません: ${text}。例: 1e-5..1e-2:log4`,
  listEmptyValue: (flag, text) => `${flag}: リストに空の値があります: ${text}。余分な区切りを取り除いてください。`,
  gridTooLarge: (trials, most) =>
    `グリッドの試行が ${trials} 個で、上限の ${most} 個を超えています。値を減らしてください。`,

  predictNeedsModel: () =>
    '--model <file> が必要です。"neuronlab train --save model.json" でモデルを保存してください。',
  predictNotClassifier: (path) =>
    `--probabilities は分類器にしか使えませんが、${path} は値を予測するモデルです。--probabilities を外してください。`,
  predictNoInputs: () =>
    '入力がありません。x の値を引数か、標準入力に 1 行に 1 つずつ渡すか、--data で CSV ファイルを指定してください。',
  predictHeaderOnStdin: (shown) =>
    `標準入力の 1 行目は CSV の見出しです: ${shown}。ファイルを --data で渡してください。モデルの入力の列を名前で見つけます。`,
  predictDataAndInputs: () => '--data と入力の引数は一緒に使えません。どちらか一方にしてください。',
  predictColumnsNeedData: () => '--x には --data <file.csv> が必要です。そのファイルの入力の列を指定するものです。',
  predictDataColumns: (path, columns, inputs) =>
    `--data ${path} の入力の列は ${columns.length} 個 (${columns.join(', ')}) ですが、モデルの入力は ${inputs} 個です。--x で入力の列を指定してください。`,
  predictInputCount: (row, inputs, shown) =>
    `${wordPhrase(phrasesJa, row)} の値が正しくありません: ${shown}。モデルの入力は ${inputs} 個なので、${
      inputs === 1 ? '数 1 つ' : `カンマ、タブ、空白のどれかで区切った ${inputs} 個の数`
    }を渡してください (例: ${inputs === 1 ? '36.6' : Array(inputs).fill('0.5').join(',')})。`,
  predictOverflow: (value, row, shown) =>
    `モデルは ${wordPhrase(phrasesJa, row)} (${shown}) に対して ${value} を出力しました。そこでは数値があふれます。訓練データの範囲の入力を渡してください。`,
  predictLineTooLong: (line, most, shown) =>
    `標準入力の ${line} 行目が ${most} 文字を超えています: ${shown}。1 行に 1 つの入力を渡してください。`,

  exportNeedsFormat: (endings, formats) =>
    `--out の末尾が ${endings.join(', ')} のいずれでもなければ --format が必要です: ${formats.join(', ')} のいずれか。`,
  exportFloat32: (format) =>
    `--float32 は --format onnx 専用ですが、--format ${format} です。--float32 を外してください。`,
  exportNeedsOut: () => '--out <path> が必要です: 書き込むファイル (tfjs ではディレクトリ)。',
  exportTfjsDirectory: (path, kind) =>
    `tfjs の --out は model.json と weights.bin を入れるディレクトリですが、${path} は${kinds[kind]}です。ディレクトリを指定してください。`,
  importNeedsOut: () => '--out <model.json> が必要です: 書き込む neuronlab のモデルファイル。',
  importUnreadable: (path, code) => `${path} を読めません (${code})。パスを確認してください。`,
  importNotJson: (path, _why) => `${path} は JSON ではありません。TensorFlow.js の model.json を指定してください。`,
  importWeightsOutside: (name) =>
    `重みのパス ${name} はモデルのフォルダの外を指しています。重みのファイルは model.json と同じ場所に置いてください。`,
  importWeightsUnreadable: (path, code) =>
    `重みのファイル ${path} を読めません (${code})。model.json と同じ場所に置いてください。`,

  datasetsNeedOut: () => '--out <file.csv> が必要です。書き込むファイルを指定してください。',
  unknownDataset: (name, names) => `データセット ${name} はありません。使える名前: ${names.join(', ')}。`,

  logDirIsLogFile: (path) =>
    `${path} はファイルで、ログのディレクトリではありません。実行のディレクトリを指定するか、neuronlab plot ${path} でファイルを描いてください。`,
  noLogDirectory: (dir, env) =>
    `ログのディレクトリ ${dir} がありません。指定するか (neuronlab runs DIR)、--log-dir か ${env} を設定してください。`,
  noRunAnywhere: (name, recipeFile, dir, env) =>
    `実行 ${name} がありません: 実行のディレクトリ (${recipeFile} を含む) でもなく、探すログのディレクトリ ${dir} もありません。実行のパスを指定するか、名前を --log-dir か ${env} と一緒に指定してください。`,
  noRun: (name, dir, nearest, total) =>
    nearest.length === total
      ? `${dir} に実行 ${name} はありません。そこにある実行: ${listOrNone(nearest)}。`
      : `${dir} に実行 ${name} はありません。そこにある ${total} 件の実行のうち、名前の近いもの: ${nearest.join(', ')}。`,

  pathMissing: (path) => `${path} がありません。ログファイルか、実行のディレクトリを指定してください。`,
  noLog: (where) =>
    `${where} に学習ログがありません。neuronlab の実行、step か epoch の列を持つ CSV ログ、TensorBoard のイベントファイルのいずれかを含むディレクトリを指定するか、--follow を付けて現れるのを待ってください。`,
  logEmpty: (path) =>
    `${path} は空で、描くものがありません。行のあるログを指定するか、--follow を付けて行が届くのを待ってください。`,
  notALog: (path, expected) =>
    `${path} は「${expected}」ではありません。neuronlab の events.jsonl、step か epoch の列を持つ CSV (Keras, Lightning)、TensorBoard の events.out.tfevents ファイルのいずれかを指定してください。`,
  logFormats: {
    tfevents: 'TensorBoard のイベントファイル',
    'events-jsonl': 'neuronlab の events.jsonl (1行に1つの JSON イベント)',
    csv: 'step か epoch の列を持つ CSV',
    any: '学習ログ',
  },
  seriesMissing: (missing, have) =>
    `--series の ${missing.join(', ')} はどのログにもありません。ログにあるのは ${listOrNone(have)} です。その中から選んでください。`,

  kinds,

  commander: {
    unknownOption: (flag, suggestions) => `不明なオプション '${flag}' です${didYouMeanJa(suggestions)}`,
    unknownCommand: (name, suggestions) => `不明なコマンド '${name}' です${didYouMeanJa(suggestions)}`,
    missingArgument: (name) => `必須の引数 '${name}' がありません`,
    optionMissingArgument: (flags) => `オプション '${flags}' の値がありません`,
    excessArguments: (command, expected, got) =>
      `${command === null ? '' : `'${command}' の`}引数が多すぎます。${expected} 個のところ ${got} 個あります`,
    versionExtra: (extra) => `--version にはほかに何も付けられません: ${extra}`,
    seeHelp: (what, help) => `${what}。使えるものは ${help} --help で確認してください。`,
  },
};
