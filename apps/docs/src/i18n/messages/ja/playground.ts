import type { Messages } from '../en';
import { advice } from './demos';

/** The playground's words in Japanese. */
export const playground: Messages['playground'] = {
  // the recipe's controls
  dataset: 'データセット',
  noise: 'ノイズ',
  testRatio: 'テストデータの割合',
  seed: 'シード',
  hiddenLayers: '隠れ層',
  removeLayer: '隠れ層を1つ減らす',
  addLayer: '隠れ層を1つ増やす',
  layerNeurons: (layer) => `第${layer}層のニューロン数`,
  activation: '活性化関数',
  perLayer: '層ごとに指定',
  layerActivation: (layer) => `第${layer}層の活性化関数`,
  optimizer: '最適化手法',
  learningRate: '学習率',
  batchSize: 'バッチサイズ',
  fullBatch: '全件',
  regularization: '正則化',
  penaltyNone: 'なし',
  penaltyRate: '正則化の係数',
  epochs: 'エポック数',

  // the toolbar and the readout
  speed: '速さ (エポック/秒)',
  speedMax: '最大',
  showTest: 'テストデータを表示',
  discretize: '出力を2値で表示',
  epochOf: { before: 'エポック', after: (total) => `/ ${total}` },
  trainLoss: '訓練データの損失',
  testLoss: 'テストデータの損失',
  trainAccuracy: (percent) => `訓練データの正解率 ${percent}`,
  testAccuracy: (percent) => `テストデータの正解率 ${percent}`,
  changedLive: (epoch) => `エポック ${epoch} で設定を変えました。学習は今の重みから続きます。`,
  restarted: 'データかネットワークが変わったため、学習はエポック 0 からやり直しです。',
  cannotStart: (why) => `この設定では学習を始められません: ${why}`,
  badPoints: (why) => `リンクの追加点を読み取れませんでした: ${why}`,
  stopped: (s) => `エポック ${s.epoch} で損失が発散しました (学習率 ${s.lr})。${advice(s)}`,
  dead:
    '死んだネットワークです。ある層のすべての ReLU がどの訓練データでも 0 を出力するので、勾配が逆伝播せず学習' +
    'できません。別のシード、小さい学習率、または tanh を試してください。',
  linkDropped: (count, list) =>
    `リンクの設定のうち ${count} 個は使えないため既定値にしました: ${list}ほかの設定はそのまま使っています。`,
  steered:
    'この実行は学習の途中で設定を変えたため、コマンドは今の設定でエポック 0 から学習し直すもので、この実行の再現' +
    'ではありません。',
  finalLoss: '最終的な訓練データの損失 (全桁):',
  finalTestLoss: '、テストデータの損失',

  // the map and the loss curve
  caption: (inputs) =>
    `入力は ${inputs} です。各マスはニューロンの出力を平面全体で描いたもので、0 より大きいところが青、小さいところ` +
    'がオレンジです (出力層のものが決定境界の図です)。辺は正の重みが青、負の重みがオレンジで、|w| が大きいほど太く' +
    '描きます。b はバイアスです。上の数値は選んだ点でのものです。',
  clickAdds: '図をクリックすると追加',
  clickAddsNothing: '追加しない',
  pointOfClass: (k) => `クラス ${k} の点`,
  removeAdded: '追加した点を消す',
  addedShared: (count) => `追加した点 ${count} 個: この実行とリンクには含まれますが、CLI コマンドには含まれません。`,
  addedNotShared: (count, max) =>
    `追加した点 ${count} 個: この実行には含まれますが、リンクに載せられる ${max} 個を超えたため、リンクにも CLI ` +
    'コマンドにも含まれません。この実行は共有できません。',
  trainingLoss: '訓練データの損失',
  testLossSeries: 'テストデータの損失',
  lossCurve: '損失の推移',

  // the chosen point of the neuron detail
  point: '点',
  previousPoint: '前の訓練データの点',
  nextPoint: '次の訓練データの点',
  pointIndex: '訓練データの点の番号',
  chosenPoint: (index, total, x1, x2, cls) => `訓練データの点 ${index} / ${total}: (${x1}, ${x2})、クラス ${cls}`,
  chooseHint: '図をクリックすると (点を追加しない設定のとき)、いちばん近い訓練データの点を選びます。',
  chosenMarker: '選んだ点',

  // the network view
  networkHelp:
    'Tab キーでネットワークに移動し、矢印キーでニューロンと辺の間を移動します (Home と End で最初と最後へ)。' +
    '下の詳細に、フォーカスのあるものの数値を表示します。',
  networkLabel: 'ネットワーク: 入力、ニューロン、それらを結ぶ辺',
  edgesTitle: '層と層の間の重み',
  inputUsed: (name) => `入力 ${name}: 使用中。押すと外します`,
  inputUnused: (name) => `入力 ${name}: 未使用。押すと加えます`,
  neuronLabel: (where, unit, bias) => `${where}のニューロン ${unit}、バイアス ${bias}: 数値を表示`,
  edgeLabel: (from, unit, where) => `${from} から${where}のニューロン ${unit} への重み`,
  output: '出力層',
  layer: (n) => `第${n}層`,
  outputLayer: '出力層',
  hiddenUnit: (unit, layer) => `第${layer}層の a${unit}`,
  neuronUnit: (unit, layer) => `第${layer}層のニューロン ${unit}`,

  // the detail of a neuron or an edge
  detailIdle: 'ニューロンか辺にポインタを合わせると (またはニューロンに Tab で移動すると)、その数値を表示します。',
  edgeTitle: (from, where, unit) => `辺 ${from} → ${where}のニューロン ${unit}`,
  edgeWeight: '重み w =',
  edgeGradient: '· 勾配 ∂L/∂w =',
  lastStep: '(直前のステップ)',
  edgeDelta: '· 直前の更新量 Δw =',
  lastEpoch: '(直前のエポック全体)',
  neuronTitle: (where, unit, x1, x2) => `${where}のニューロン ${unit}、点 (${x1}, ${x2}) での値`,
  inputs: '入力:',
  asModelSees: ' (モデルが受け取る値)',
  softmaxNote: ' (層の z 全体に対するソフトマックス)',
  biasValue: 'バイアス b =',
  biasGradient: '· 勾配 ∂L/∂b =',
  biasGradientNote: '(直前のステップのミニバッチでの ∂L/∂z の平均)',

  // sharing and downloads
  copyCommand: 'CLI コマンドとしてコピー',
  copied: 'コピーしました',
  copyFailed: 'ブラウザがコピーを許可しませんでした。テキストを選択してコピーしてください',
  downloadModel: '学習済みモデルをダウンロード:',
  modelFile: 'neuronlab モデルファイル',
  onnx: 'ONNX',
  jsFunction: 'JavaScript 関数',
  downloadFailed: (format, detail) => `${format}: ${detail}`,

  // a CSV file of the reader's own
  csvSummary: '自分の CSV ファイルで学習させる',
  csvDrop: 'CSV ファイルをここにドロップするか、選択してください:',
  csvFeature1: '特徴量 1',
  csvFeature2: '特徴量 2',
  csvClassColumn: 'クラスの列',
  csvClasses: 'クラス',
  csvBinary: '2 クラス (0/1)',
  csvMulticlass: '多クラス (ラベル)',
  csvUse: 'このファイルを使う',
  csvReading: (file) => `${file} を読み込み中…`,
  csvTraining: (file, rows) => `${file} で学習中: ${rows} 行`,
  csvTooManyClasses: (file, y, count, most) =>
    `${file}: クラスの列 ${y} には少なくとも ${count} 種類のラベルがありますが、図で見分けられるクラスは ${most} 個までです。クラスラベルの列を選ぶか、neuronlab train --data でこのファイルを学習させてください (数値の列なら回帰として学習できます)。`,
  csvSameColumns: (file, features, y) =>
    `${file}: 2 つの特徴量の列とクラスの列は別々の 3 列にしてください。指定は ${features} と ${y} です。別の列を選んでください。`,
  csvNote: {
    before: 'ファイルはこのページの中で読み込み、',
    middle:
      'と同じ読み込み処理で検査します。アップロードはしません。ページのアドレスには含まれないため、共有したリンクでは' +
      '渡せません。コピーしたコマンドはファイルを',
    after: 'で指定するので、相手にもファイルが必要です。',
  },
};
