/** lab's phrase book in Japanese: the same keys and values as LAB_PHRASES (its type is the contract). */
import type { LAB_PHRASES } from '../phrases.js';

const TASKS_JA: Readonly<Record<string, string>> = {
  regression: '回帰',
  binary: '二値分類',
  multiclass: '多クラス分類',
};

export const LAB_PHRASES_JA: typeof LAB_PHRASES = {
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

  // lab: advice about a run
  normalizeInputs: (largest, name) =>
    `ヒント: 入力が ${largest} (${name}) と大きすぎます。--normalize を試してください`,
};
