/**
 * The sentences errors carry as data (the phrase books of core, data and lab, and the CLI's own), in Japanese: the
 * same keys and values as errors-en.ts's PHRASES (checked by the type `Messages`). A value that is English the user
 * cannot act on (a parser's own message, a summary such as `"nothing"`) is left out rather than quoted.
 */
import { type NumberRule, quote } from '@neuronlab/core';
import type { Messages } from './messages-en.js';
import { wordPhrase } from './phrase-words.js';
import { ruleJa } from './rule-ja.js';

/** The fix a model-file problem suggests unless it has a better one. */
const SAVE_AGAIN = 'neuronlab でモデルを保存し直してください。';

/**
 * A model-file field's problem: `モデルファイルの <field> は<what> (値: <value>)`, then the fix; no value when there
 * was none. Text that starts with a flag or a quoted name is set off by a space, as everywhere in the tables.
 */
function fieldJa(field: string, what: string, shown: string | null, fix = SAVE_AGAIN): string {
  const value = shown === null ? '' : ` (値: ${shown})`;
  const gap = /^[!-~]/.test(what) ? ' ' : '';
  return `モデルファイルの ${field === '' ? 'ファイル全体' : field} は${gap}${what}${value}。${fix}`;
}

/** A CSV column as a problem names it: `列 "name" (インデックス 2)`, or by its index before the header is read. */
function columnJa(name: string | null, index: number): string {
  return name === null ? `列 (インデックス ${index})` : `列 ${JSON.stringify(name)} (インデックス ${index})`;
}

/** A CSV problem: `<file> の <line> 行目: <what> (値: <value>)。<fix>` (the reader's name is the program's business). */
function csvJa(file: string, line: number, shown: string, what: string, fix: string): string {
  return `${file} の ${line} 行目: ${what} (値: ${shown})。${fix}`;
}

/** What a generator's option takes, in Japanese: its number rule, or true か false (`rule` null). */
function rangeJa(rule: NumberRule | null): string {
  return rule === null ? 'true か false' : ruleJa(rule);
}

/** What a TensorFlow.js model must be to come in. */
const TFJS_SUPPORTED_JA =
  'neuronlab のモデルが持てるのは Dense 層だけです (ほかに InputLayer、Activation、alpha 0.01 の LeakyReLU)';

const TASKS_JA: Readonly<Record<string, string>> = {
  regression: '回帰',
  binary: '二値分類',
  multiclass: '多クラス分類',
};

/** The CSV parser's complaint (papaparse's code) in Japanese. */
const CSV_SYNTAX_JA: Readonly<Record<string, string>> = {
  MissingQuotes: '引用符が閉じていません',
  InvalidQuotes: '引用符の使い方が正しくありません',
};

export const phrasesJa: Messages['errors']['phrases'] = {
  // core: hints
  wholeNumberSuchAs: (example) => `${example} のような整数を指定してください。`,
  valueSuchAs: (example) => `${example} のような値を指定してください。`,
  samplesOrFull: (example) => `${example} のようなサンプル数の整数か、'full' を指定してください。`,
  epochsSuchAs: (example) => `${example} のようなエポック数の整数を指定してください。`,
  epochsOrNone: () => 'エポック数の整数を指定するか、0 にして無効にしてください。',
  atLeastOneSample: () => 'サンプルを 1 つ以上渡してください。',
  epochBeforeLast: () => '最後より前のエポックを選んでください。',
  rowOfBatch: () => 'バッチの行を選んでください。',
  featuresExample: (example, names) => `例: ${example}。使える名前: ${names.join(', ')}。`,
  featureList: (most) => `1 から ${most} 個の特徴量の名前のリスト`,
  noRepeats: () => '重複のないリスト',

  // core: model files
  fileNotText: (field, _shown) =>
    fieldJa(field, 'テキストでなければなりません', null, 'ファイルを UTF-8 のテキストとして読んでください。'),
  fileNotJson: (_field, _parserMessage) =>
    'モデルファイルが正しい JSON ではありません。ファイルが壊れているか、モデルファイルではありません。',
  fileTooLarge: (_field, _shown, maxBytes) =>
    `モデルファイルが ${maxBytes} バイトを超えています。信頼できるファイルなら maxBytes を上げてください。`,
  fileTooDeep: (field, _shown, levels) => fieldJa(field, `${levels} 段より深く入れ子になっています`, null),
  fileWouldBeTooLarge: (_field, _shown, maxBytes) =>
    `モデルファイルが ${maxBytes} バイトを超えてしまいます。レシピを短くしてください。`,
  fileNonFinite: (_field, shown) => `モデルファイルには有限でない数 (${shown}) を書けません。${SAVE_AGAIN}`,
  fileNotJsonObject: (field, shown) => fieldJa(field, 'JSON オブジェクトでなければなりません', shown),
  fileFormat: (field, shown, format) =>
    fieldJa(field, `'${format}' でなければなりません`, shown, 'これは neuronlab のモデルファイルではありません。'),
  fileVersion: (field, shown, version) =>
    fieldJa(field, `${version} でなければなりません`, shown, 'このファイルには別のバージョンの neuronlab が必要です。'),
  fieldNotObject: (field, shown) => fieldJa(field, 'オブジェクトでなければなりません', shown),
  fieldUnknown: (field, _shown, allowed) =>
    fieldJa(field, 'この形式にないフィールドです', null, `使えるフィールド: ${allowed.join(', ')}。`),
  fieldMissing: (field, _shown) => fieldJa(field, 'ありません', null),
  fieldNotArray: (field, shown) => fieldJa(field, '配列でなければなりません', shown),
  fieldTooManyItems: (field, shown, most) => fieldJa(field, `${most} 個以下の要素でなければなりません`, shown),
  fieldNumber: (field, shown, rule) => fieldJa(field, `${ruleJa(rule)}でなければなりません`, shown),
  fieldText: (field, shown, most) => fieldJa(field, `${most} 文字以下の空でない文字列でなければなりません`, shown),
  fieldNumberCount: (field, shown, count) => fieldJa(field, `${count} 個の数でなければなりません`, shown),
  fieldBlockCount: (field, shown, count) =>
    fieldJa(field, `このアーキテクチャでは ${count} 個のブロックでなければなりません`, shown),
  fieldArchitectureKind: (field, shown) => fieldJa(field, "'neuron' か 'sequential' でなければなりません", shown),
  fieldNoLayers: (field, shown) => fieldJa(field, '1 つ以上の層を持たなければなりません', shown),
  fieldBlockName: (field, shown, name) =>
    fieldJa(field, `このアーキテクチャでは '${name}' でなければなりません`, shown),
  fieldShape: (field, shown, shape) =>
    fieldJa(field, `このアーキテクチャでは [${shape.join(', ')}] でなければなりません`, shown),
  fieldTooManyValues: (field, _shown, count, most) =>
    fieldJa(
      field,
      `${count} 個の数 (パラメータと正規化) を必要とし、モデルファイルに入る ${most} 個を超えています`,
      null,
      '層を減らすか、幅を狭くしてください。',
    ),
  fieldNullOrObject: (field, shown) => fieldJa(field, 'null かオブジェクトでなければなりません', shown),
  fieldBelowMin: (field, shown, column, min) =>
    fieldJa(field, `min[${column}] = ${min} 以上でなければなりません`, shown),
  fieldNormalizationKind: (field, shown) =>
    fieldJa(field, "'standardize' か 'minmax' (またはフィールド全体が null) でなければなりません", shown),
  fieldSpread: (field, shown, spread, value) =>
    fieldJa(field, `${spread} = ${value} を与えますが、0 か、逆数が有限の正の数でなければなりません`, shown),
  fieldNotJson: (field, shown) =>
    fieldJa(field, 'JSON (null, 真偽値, 数, 文字列, 配列, オブジェクト) でなければなりません', shown),
  fieldProtoKey: (field, _shown) => fieldJa(field, 'キーとして使えません', null, 'キーの名前を変えてください。'),
  notSequential: (kind) =>
    `モデルファイルの architecture.kind はネットワークでは 'sequential' でなければなりませんが、'${kind}' です。ニューロンとして読み込んでください。`,
  blocksForLayers: (layers, got) =>
    `モデルファイル: ${layers} 層のネットワークには ${2 * layers} 個のパラメータブロックが必要ですが、${got} 個です。ファイルが不完全か、編集されています。`,
  unknownActivation: (name, known) =>
    `モデルファイル: 活性化関数 '${name}' はありません。次のいずれかを使ってください: ${known.join(', ')}。`,
  blockName: (k, name, got) => `モデルファイル: パラメータ ${k} は '${name}' でなければなりませんが、'${got}' です。`,
  blockShape: (name, shape, size, got, values) =>
    `モデルファイル: ${name} は形状 [${shape.join(',')}] で ${size} 個の値でなければなりませんが、[${got.join(',')}] で ${values} 個です。アーキテクチャとパラメータが食い違っています。`,
  notNeuron: (kind) =>
    `モデルファイルの architecture.kind は 'neuron' でなければなりませんが、'${kind}' です。sequential モデルとして読み込んでください。`,
  neuronBlocks: (blocks) =>
    `モデルファイルのパラメータには w と b が必要ですが、${blocks} 個のブロックしかありません。parseModelFile でファイルを読んでください。`,
  exportFeatures: (why) => `書き出し: モデルファイルの recipe.features が正しくありません (${quote(why)})。`,
  exportFeatureCount: (inputs, got) =>
    `書き出し: recipe.features は最初の層の入力ごとに 1 つ (${inputs} 個) の特徴量を挙げなければなりませんが、${got} 個です。ファイルが編集されているか、壊れています。`,
  exportActivation: (layer, name, known) =>
    `書き出し: 第${layer}層の活性化関数 '${name}' はありません。次のいずれかを使ってください: ${known.join(', ')}。`,
  exportLayerSize: (layer, inputs, units, weights, biases) =>
    `書き出し: 第${layer}層には ${inputs}×${units} 個の重みと ${units} 個のバイアスが必要ですが、${weights} 個と ${biases} 個です。アーキテクチャとパラメータが食い違っています。`,
  exportColumns: (which, columns, got) =>
    `書き出し: normalization.${which} は列ごとに 1 つ (${columns} 個) でなければなりませんが、${got} 個です。ファイルが編集されているか、壊れています。`,

  // core: a TensorFlow.js model to import
  tfjsLayer: (layer, name, kind) => `第${layer}層 ${name} (${kind})`,
  tfjsNotObject: () =>
    'TensorFlow.js のモデル: model.json が JSON オブジェクトではありません。TensorFlow.js の model.json を指定してください。',
  tfjsNoTopology: () =>
    'TensorFlow.js のモデル: model.json に modelTopology がありません。TensorFlow.js の Layers モデル (グラフモデルではなく) を指定してください。',
  tfjsNotSequential: (kind) =>
    `TensorFlow.js のモデル: ${kind} モデルです。${TFJS_SUPPORTED_JA}、Sequential モデルでなければなりません。tf.sequential で作り直してください。`,
  tfjsNoLayers: () => 'TensorFlow.js のモデル: Sequential モデルに層のリストがありません。',
  tfjsNoManifest: () =>
    'TensorFlow.js のモデル: model.json に weightsManifest がありません。重みと一緒にモデルを保存してください。',
  tfjsWeightType: (name, dtype, quantized) =>
    `TensorFlow.js のモデル: 重み ${name} は ${dtype}${quantized ? ' (量子化済み)' : ''} です。読み込めるのは float32 の重みだけです。`,
  tfjsWeightsShort: (bytes, name) =>
    `TensorFlow.js のモデル: 重みのファイルは ${bytes} バイトで、マニフェストの分 (重み ${name}) に足りません。重みをすべて揃えてください。`,
  tfjsNotAfterDense: (where) =>
    `TensorFlow.js のモデル: ${wordPhrase(phrasesJa, where)} は線形の活性化関数を持つ Dense 層の後でなければ読み込めません。${TFJS_SUPPORTED_JA}。`,
  tfjsActivation: (where, name, known) =>
    `TensorFlow.js のモデル: ${wordPhrase(phrasesJa, where)} の活性化関数 ${name} は neuronlab にありません。あるのは ${known.join(', ')}, leaky-relu です。`,
  tfjsInputNotFirst: (where) => `TensorFlow.js のモデル: ${wordPhrase(phrasesJa, where)} が最初の層ではありません。`,
  tfjsNoKernel: (where, name) =>
    `TensorFlow.js のモデル: ${wordPhrase(phrasesJa, where)} の重み "${name}/kernel" がマニフェストにありません。重みを揃えてください。`,
  tfjsNoBias: (where, name) =>
    `TensorFlow.js のモデル: ${wordPhrase(phrasesJa, where)} の重み "${name}/bias" がありません。`,
  tfjsAlpha: (where, alpha) =>
    `TensorFlow.js のモデル: ${wordPhrase(phrasesJa, where)} の alpha は ${alpha} ですが、neuronlab の leaky relu の alpha は 0.01 です。`,
  tfjsUnsupported: (where) =>
    `TensorFlow.js のモデル: ${wordPhrase(phrasesJa, where)} は読み込めません。${TFJS_SUPPORTED_JA}。`,
  tfjsNoDense: () => `TensorFlow.js のモデル: Dense 層がありません。${TFJS_SUPPORTED_JA}。`,
  tfjsKernelShape: (where, shape, inputs) =>
    `TensorFlow.js のモデル: ${wordPhrase(phrasesJa, where)} のカーネルの形状は [${shape.join(',')}] ですが、[${inputs}, units] でなければなりません。`,

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
  csvFeatureAndTarget: (_where, file, line, shown) =>
    csvJa(file, line, shown, '同じ列を特徴量と目的変数の両方にはできません', 'x か y のどちらかから外してください。'),
  csvNoFeatures: (_where, file, line, shown) =>
    csvJa(file, line, shown, '特徴量の列が残っていません', 'x で特徴量の列を選んでください。'),
  csvNotNumber: (_where, file, line, shown, name, index) =>
    csvJa(
      file,
      line,
      shown,
      `${columnJa(name, index)} のセルが数値ではありません`,
      'セルを直すか、その列を x と y から外してください。',
    ),
  csvTargetNotNumber: (_where, file, line, shown, name, index) =>
    csvJa(
      file,
      line,
      shown,
      `${columnJa(name, index)} のセルが数値ではありません`,
      "クラスラベルの列なら、タスクを 'multiclass' にしてください。",
    ),
  csvBeyondFloat64: (_where, file, line, shown, name, index) =>
    csvJa(
      file,
      line,
      shown,
      `${columnJa(name, index)} の数値が float64 の範囲 (±1.8e308) を超えています`,
      '値が収まるように列の尺度を変えてください。',
    ),
  csvBinaryTarget: (_where, file, line, shown, name, index) =>
    csvJa(
      file,
      line,
      shown,
      `${columnJa(name, index)} は二値分類の目的変数なので 0 か 1 でなければなりません`,
      "ほかのラベルにはタスク 'multiclass' を使ってください。",
    ),
  csvEmptyLabel: (_where, file, line, shown, name, index) =>
    csvJa(file, line, shown, `${columnJa(name, index)} のクラスラベルが空です`, 'すべての行にラベルを付けてください。'),
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

  // lab: hints
  tutorialRate: (rate) => `チュートリアルの学習率 ${rate} を試してください。`,
  tryValue: (example) => `${example} を試してください。`,
  wholeOrFull: (example) => `${example} のような整数か、"full" を指定してください。`,
  holdOut: (ratio, percent) => `${ratio} を試してください (サンプルの ${percent}% をテストデータに取り分けます)。`,
  lossSuchAs: (example) => `${example} のような損失の値を指定してください。`,
  finiteSuchAs: (example) => `${example} のような有限の数を指定してください。`,
  listDatasets: () => '"neuronlab datasets" で一覧を表示できます。',
  datasetOptions: (dataset) => `"neuronlab datasets" で ${dataset} のオプションを確かめてください。`,
  widthsExample: (example) => `例: ${example}。`,
  optionExample: (example) => `例: --option ${example}。`,
  classLabelsExample: (example) => `${example} のように、異なるラベルを 2 つ以上挙げてください。`,
  activationsFrom: (names) =>
    `すべての層に 1 つ、または隠れ層ごとに 1 つずつ、次から名前を指定してください: ${names.join(', ')}。`,
  leaveOut: () => '外してください。',
  splitSamples: (samples) => `サンプルが ${samples} 個では、ほかの比率だと訓練データかテストデータが空になります。`,
  useCoreLoss: () => 'core の losses にある損失関数を使ってください。',
  readCsvFirst: () => '@neuronlab/data/node の readCsvFile でファイルを読み、overrides.dataset に渡してください。',

  // lab: what a value had to be, and labels
  widthList: (most) => `1 から ${most} 個の層の幅のリスト`,
  widthText: (most) => `カンマ区切りの 1 から ${most} 個の層の幅`,
  keyValue: () => 'key=value の形',
  classLabels: (most) => `2 から ${most} 個の異なるクラスラベル`,
  csvOption: () => '列名、タスク、または列のリスト',
  anObject: () => 'オブジェクト',
  activationList: () => '活性化関数の名前、またはそのリスト',
  activationCount: (layers) => `名前 1 つ、または隠れ層ごとに 1 つずつで ${layers} 個`,
  oneSampleSplit: () => '0 (サンプルが 1 つでは分割できません)',
  builtInLoss: () => '組み込みの損失関数',
  neuronOrNetwork: () => 'Neuron か NetworkModel',
  csvData: () => 'csv のレシピに対応する CSV データ',
  valueCount: (count) => `${count} 個の値`,
  knownFlags: () => '既知のフラグ',
  followedByValue: () => '後に値が続くこと',
  hiddenWidth: (text) => `--hidden (${JSON.stringify(text)} の中)`,
  optionKey: (label) => `${label} (キー)`,

  // lab: flags that do not go together, models that do not fit the data
  onlyFor: (flag, kinds, given) =>
    `${flag} は ${kinds.map((k) => `--model ${k}`).join(' と ')} でしか使えませんが、モデルは --model ${given} です。` +
    (kinds.includes('mlp') ? `--model mlp を付けるか、${flag} を外してください。` : `${flag} を外してください。`),
  optionWithData: () =>
    '--option はデータセット生成器のオプションを設定するもので、--data とは一緒に使えません。外してください。',
  l1AndL2: (l1, l2) => `--l1 と --l2 は同時に使えません (--l1 ${l1}, --l2 ${l2})。どちらか一方にしてください。`,
  needsRegression: (kind, inputs, outputs, task) =>
    `--model ${kind} には入力 1 つ・出力 1 つの回帰のデータが必要ですが、このデータは入力 ${inputs} 個・出力 ${outputs} 個の${TASKS_JA[task] ?? task}です。--model mlp を使ってください。`,
  needsMse: (kind, loss) =>
    `--model ${kind} の損失関数は mse でなければなりませんが、${loss} です。--model mlp を使ってください。`,

  // the CLI's own
  speedSuchAs: (example) => `${example} のような数か、max を指定してください。`,
  epochFromTo: (last) => `0 から ${last} までのエポックを指定してください (--epochs)。`,
  rowSuchAs: (example) => `${example} のようなバッチの行を指定してください。`,
  digitsSuchAs: (most, example) => `1 から ${most} まで、たとえば ${example} を指定してください。`,
  numbersSuchAs: (example) => `${example} のような数を渡してください。`,
  rangeCount: (flag) => `${flag} (個数)`,
  inputArgument: (n) => `入力 ${n}`,
  stdinLine: (line) => `標準入力の ${line} 行目`,
};
