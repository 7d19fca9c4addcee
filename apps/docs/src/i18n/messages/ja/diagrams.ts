import type { Messages } from '../en';

/** @neuronlab/data's generator and option descriptions in Japanese, keyed `generator` or `generator.option`. */
const DESCRIPTIONS: Record<string, string> = {
  blobs: '円周上に並んだ k 個のガウス分布の塊。塊ごとに 1 クラス (多クラス分類、one-hot の目標値)。',
  'blobs.classes': 'クラスの数。',
  'blobs.radius': '中心が並ぶ円の半径。',
  celsius: 'チュートリアルのデータ: 摂氏 → 華氏、x = −50 … 49 で y = 1.8x + 32。',
  'celsius.start': '最初の摂氏の値。',
  circles: 'リング (ラベル 0) の内側にある円盤 (ラベル 1)。閉じた曲線でしか分けられません。',
  gauss: '対角線上の 2 つのガウス分布の塊 (線形分離可能)。',
  'gauss.distance': '各塊の中心のずれ。',
  'gaussian-bump': '2 つの特徴量の上の丸い山: y = height·exp(−r² / (2·width²))。',
  'gaussian-bump.height': '原点での山の高さ。',
  'gaussian-bump.width': '山の標準偏差。',
  'gaussian-bump.range': '特徴量は [−range, range) にあります。',
  linear: 'ノイズのある直線: y = slope·x + intercept + noise。',
  'linear.slope': 'y = a·x + b の a。',
  'linear.intercept': 'y = a·x + b の b。',
  'linear.xMin': 'x の最小値。',
  'linear.xMax': 'x の最大値。',
  moons: 'かみ合った 2 つの半月 (曲がった境界)。',
  plane: '2 つの特徴量の上のノイズのある平面: y = w1·x1 + w2·x2 + bias。',
  'plane.w1': 'x1 の重み。',
  'plane.w2': 'x2 の重み。',
  'plane.bias': '定数項。',
  'plane.range': '特徴量は [−range, range) にあります。',
  polynomial: 'ノイズのある 3 次式: y = c0 + c1·x + c2·x² + c3·x³ (既定は x³ − x)。',
  'polynomial.c0': '1 (定数項) の係数。',
  'polynomial.c1': 'x の係数。',
  'polynomial.c2': 'x² の係数。',
  'polynomial.c3': 'x³ の係数。',
  'polynomial.xMin': 'x の最小値。',
  'polynomial.xMax': 'x の最大値。',
  sine: 'ノイズのある正弦波: y = amplitude·sin(frequency·x + phase)。',
  'sine.amplitude': '波の高さ。',
  'sine.frequency': 'x の単位あたりのラジアン。',
  'sine.phase': '位相のずれ (ラジアン)。',
  'sine.xMin': 'x の最小値。',
  'sine.xMax': 'x の最大値。',
  spiral: '交互に巻く 2 本のらせんの腕。腕ごとに 1 クラス (やや深いネットワークが必要)。',
  'spiral.turns': '各腕が回る回数。',
  xor: '4 つの象限。x1 と x2 の符号が異なるところがラベル 1 (線形分離できません)。',
  'xor.margin': '軸の両側に空けておく隙間。',
};

/** Descriptions many generators share (their options come from shared helpers), keyed by the English words. */
const SHARED: Record<string, string> = {
  'Number of samples.': 'サンプル数。',
  'Standard deviation of each blob.': '各塊の標準偏差。',
  'Standard deviation of Gaussian jitter on each point.': '各点に加えるガウス分布の揺らぎの標準偏差。',
  'Standard deviation of Gaussian noise on y.': 'y に加えるガウスノイズの標準偏差。',
  'Standard deviation of Gaussian noise on y, in °F.': 'y に加えるガウスノイズの標準偏差 (°F)。',
};

/** The diagrams' and the reference pages' words in Japanese. */
export const diagrams: Messages['diagrams'] = {
  neuron: {
    title: '1 つのニューロン: x に w を掛けて b を足し、その和が出力になります',
    params: 'パラメータは 2 つ: w と b',
    caption: 'ネットワークの全体: 入力 1 つ、ニューロン 1 つ、出力 1 つ、そして学習する 2 つの数。',
  },
  dependency: {
    title:
      '依存関係のグラフ: w と b はそれぞれの出力 out_i に入り、すべての出力は損失 L に入ります。勾配は L から出力へ、そして w と b へと逆向きに流れます',
    sumW: '· xᵢ の合計 → ∂L/∂w',
    sumB: '· 1 の合計 → ∂L/∂b',
    caption:
      '実線の矢印: 順伝播で何から何を計算するか。破線の矢印: 勾配が求まる順序 — 損失が最初、パラメータが最後です。',
  },
  computation: {
    title:
      '2 層ネットワークの計算グラフ: x、W1 x + b1、tanh、W2 h + b2、そして MSE の損失 L。逆伝播は L で勾配 1 から始まり、同じノードを逆順にたどります',
    directions: '順伝播: 左から右へ、各ノードを記録 · 逆伝播: 右から左へ、局所的な微分を掛けていく',
    caption: '隠れ層が 1 つのネットワークについて自動微分が記録するものと、すべての勾配を求める逆向きのたどり方。',
  },
  cliHelp: (command) => `${command} の出力 (CLI が表示する英語のまま)`,
  catalog: {
    option: 'オプション',
    kind: '型',
    default: '既定値',
    range: '範囲',
    meaning: '意味',
    words: { regression: '回帰', binary: '2 クラス分類', multiclass: '多クラス分類', number: '数値', integer: '整数' },
    describe: (key, english) => DESCRIPTIONS[key] ?? SHARED[english] ?? english,
  },
  preview: {
    oneFeature: (name, n) => `${name}: ${n} サンプル、x に対する目標値`,
    twoFeatures: (name, n) => `${name}: ${n} サンプル、x1 に対する x2、色は目標値`,
  },
};
