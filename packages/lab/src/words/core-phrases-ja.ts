/**
 * core's phrase book in Japanese: the same keys and values as CORE_PHRASES (its type is the contract). A value that
 * is English the user cannot act on (a parser's own message) is left out rather than quoted.
 */
import { type CORE_PHRASES, quote } from '@neuronlab/core';
import { ruleJa } from './rule-ja.js';
import { wordPhrase } from './word-phrase.js';

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

/** What a TensorFlow.js model must be to come in. */
const TFJS_SUPPORTED_JA =
  'neuronlab のモデルが持てるのは Dense 層だけです (ほかに InputLayer、Activation、alpha 0.01 の LeakyReLU)';

export const CORE_PHRASES_JA: typeof CORE_PHRASES = {
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
    `TensorFlow.js のモデル: ${wordPhrase(CORE_PHRASES_JA, where)} は線形の活性化関数を持つ Dense 層の後でなければ読み込めません。${TFJS_SUPPORTED_JA}。`,
  tfjsActivation: (where, name, known) =>
    `TensorFlow.js のモデル: ${wordPhrase(CORE_PHRASES_JA, where)} の活性化関数 ${name} は neuronlab にありません。あるのは ${known.join(', ')}, leaky-relu です。`,
  tfjsInputNotFirst: (where) =>
    `TensorFlow.js のモデル: ${wordPhrase(CORE_PHRASES_JA, where)} が最初の層ではありません。`,
  tfjsNoKernel: (where, name) =>
    `TensorFlow.js のモデル: ${wordPhrase(CORE_PHRASES_JA, where)} の重み "${name}/kernel" がマニフェストにありません。重みを揃えてください。`,
  tfjsNoBias: (where, name) =>
    `TensorFlow.js のモデル: ${wordPhrase(CORE_PHRASES_JA, where)} の重み "${name}/bias" がありません。`,
  tfjsAlpha: (where, alpha) =>
    `TensorFlow.js のモデル: ${wordPhrase(CORE_PHRASES_JA, where)} の alpha は ${alpha} ですが、neuronlab の leaky relu の alpha は 0.01 です。`,
  tfjsUnsupported: (where) =>
    `TensorFlow.js のモデル: ${wordPhrase(CORE_PHRASES_JA, where)} は読み込めません。${TFJS_SUPPORTED_JA}。`,
  tfjsNoDense: () => `TensorFlow.js のモデル: Dense 層がありません。${TFJS_SUPPORTED_JA}。`,
  tfjsKernelShape: (where, shape, inputs) =>
    `TensorFlow.js のモデル: ${wordPhrase(CORE_PHRASES_JA, where)} のカーネルの形状は [${shape.join(',')}] ですが、[${inputs}, units] でなければなりません。`,
};
