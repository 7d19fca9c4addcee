import type { DatasetWords } from './datasets-en.js';

/** Options many generators share (they come from the same helpers in @neuronlab/data), in Japanese. */
const count = 'サンプル数。';
const noiseOnY = 'y に加えるガウスノイズの標準偏差。';
const jitter = '各点に加えるガウス分布の揺らぎの標準偏差。';
const blobSpread = '各塊の標準偏差。';
const xMin = 'x の最小値。';
const xMax = 'x の最大値。';
const range = '特徴量は [−range, range) にあります。';

/**
 * The generators' words in Japanese, by dataset and option name: the same keys as datasetsEn (messages.test.ts
 * compares the tables' shapes, so a dataset or option missing here fails it).
 */
export const datasetsJa: Readonly<Record<string, DatasetWords>> = {
  celsius: {
    description: 'チュートリアルのデータ: 摂氏 → 華氏、x = −50 … 49 で y = 1.8x + 32。',
    options: { start: '最初の摂氏の値。', count, noise: 'y に加えるガウスノイズの標準偏差 (°F)。' },
  },
  linear: {
    description: 'ノイズのある直線: y = slope·x + intercept + noise。',
    options: { count, slope: 'y = a·x + b の a。', intercept: 'y = a·x + b の b。', xMin, xMax, noise: noiseOnY },
  },
  polynomial: {
    description: 'ノイズのある 3 次式: y = c0 + c1·x + c2·x² + c3·x³ (既定は x³ − x)。',
    options: {
      count,
      c0: '1 (定数項) の係数。',
      c1: 'x の係数。',
      c2: 'x² の係数。',
      c3: 'x³ の係数。',
      xMin,
      xMax,
      noise: noiseOnY,
    },
  },
  sine: {
    description: 'ノイズのある正弦波: y = amplitude·sin(frequency·x + phase)。',
    options: {
      count,
      amplitude: '波の高さ。',
      frequency: 'x の単位あたりのラジアン。',
      phase: '位相のずれ (ラジアン)。',
      xMin,
      xMax,
      noise: noiseOnY,
    },
  },
  plane: {
    description: '2 つの特徴量の上のノイズのある平面: y = w1·x1 + w2·x2 + bias。',
    options: { count, w1: 'x1 の重み。', w2: 'x2 の重み。', bias: '定数項。', range, noise: noiseOnY },
  },
  'gaussian-bump': {
    description: '2 つの特徴量の上の丸い山: y = height·exp(−r² / (2·width²))。',
    options: { count, height: '原点での山の高さ。', width: '山の標準偏差。', range, noise: noiseOnY },
  },
  xor: {
    description: '4 つの象限。x1 と x2 の符号が異なるところがラベル 1 (線形分離できません)。',
    options: { count, noise: jitter, margin: '軸の両側に空けておく隙間。' },
  },
  circles: {
    description: 'リング (ラベル 0) の内側にある円盤 (ラベル 1)。閉じた曲線でしか分けられません。',
    options: { count, noise: jitter },
  },
  gauss: {
    description: '対角線上の 2 つのガウス分布の塊 (線形分離可能)。',
    options: { count, noise: blobSpread, distance: '各塊の中心のずれ。' },
  },
  spiral: {
    description: '交互に巻く 2 本のらせんの腕。腕ごとに 1 クラス (やや深いネットワークが必要)。',
    options: { count, noise: jitter, turns: '各腕が回る回数。' },
  },
  moons: {
    description: 'かみ合った 2 つの半月 (曲がった境界)。',
    options: { count, noise: jitter },
  },
  blobs: {
    description: '円周上に並んだ k 個のガウス分布の塊。塊ごとに 1 クラス (多クラス分類、one-hot の目標値)。',
    options: { count, classes: 'クラスの数。', noise: blobSpread, radius: '中心が並ぶ円の半径。' },
  },
};
