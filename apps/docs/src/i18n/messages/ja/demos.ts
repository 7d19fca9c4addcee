import { rich } from '../../rich';
import type { Messages } from '../en';
import type { Stop } from '../en/demos';

/** What to do after a divergence, by where the rate stood against the stable limit (as core advises in English). */
export function advice(s: Stop): string {
  if (s.limit === null) return '学習率を下げるか (例: 1/10 に)、入力を標準化してください。';
  const limit = `このデータでの全バッチ勾配降下法の安定上限は ${s.limit} です`;
  if (s.aboveLimit) return `${limit}。${s.limit} より小さい学習率を使ってください。`;
  return `${limit}が、ミニバッチのばらつきが大きすぎます。学習率を下げるか、バッチサイズを大きくしてください。`;
}

/** The demos' words in Japanese, one section per demo. */
export const demos: Messages['demos'] = {
  neuronChart: {
    trueRelation: '真の関係',
    trueRelationIs: (formula) => `真の関係 ${formula}`,
    neuron: 'ニューロン',
    neuronNow: '現在のニューロン',
    afterEpochs: (n) => `${n} エポック後`,
    learned: '学習結果:',
    stopped: (s) => `停止: エポック ${s.epoch} で損失が発散しました (学習率 ${s.lr})。${advice(s)}`,
  },
  stepByHand: {
    iteration: '反復',
    sample: (p) => rich` x = ${p.x} ${p.ux}、目標値 y = ${p.y} ${p.uy}。ニューロンの値は w = ${p.w}、b = ${p.b} です。`,
    forwardTitle: '順伝播。',
    loss: (p) =>
      rich` このサンプルの二乗誤差は (out − y)² = (${p.out} − ${p.y})² = ${p.squaredError} で、平均に ${p.share} を加えます。${p.n} 個のサンプル全体では L = ${p.loss} です。`,
    dOut: (p) =>
      rich` 2(out − y)/N = 2 × (${p.out} − ${p.y}) / ${p.n} = ${p.dOut}。この符号から、出力を${p.direction}すべきことがわかります。`,
    grow: '大きく',
    shrink: '小さく',
    gradsTitle: '∂L/∂w と ∂L/∂b。',
    grads: (p) =>
      rich` このサンプルは ∂L/∂w に ∂L/∂out · x = ${p.dwShare} を、∂L/∂b に ∂L/∂out · 1 = ${p.dbShare} を寄与します。${p.n} 個のサンプル全体で合計すると ∂L/∂w = ${p.dw}、∂L/∂b = ${p.db} です。`,
    update: (p) =>
      rich` (学習率 ${p.lr}): w ← ${p.w} − ${p.lr} × ${p.dw} = ${p.wNext}、b ← ${p.b} − ${p.lr} × ${p.db} = ${p.bNext}。`,
  },
  stage: { sample: 'サンプル。', loss: '損失。', update: '更新' },
  landscape: {
    standardizedInputs: '入力を標準化',
    optimizer: '最適化手法',
    gradientDescentSgd: '勾配降下法 (sgd)',
    adam: 'Adam',
    gradientDescent: '勾配降下法',
    pathOf: (optimizer) => `${optimizer}の経路`,
    stableLimit: '安定上限',
    thisRate: 'この学習率は',
    crawlsSlowly: '遅い (ゆっくり収束する)',
    adamNote:
      'Adam は各ステップを勾配の最近の大きさで割るので、w と b はほぼ同じ速さで動き、通常の勾配降下法の安定上限は当てはまりません。',
    weightStandardized: "重み w' (標準化した x)",
    biasStandardized: "バイアス b'",
    diverged: '発散しました',
  },
  gradientCheck: {
    correct: '正しい勾配: Σ ∂L/∂outᵢ · xᵢ',
    mistake: 'チュートリアルのコード: Σ ∂L/∂outᵢ · outᵢ',
    param: 'パラメータ',
    backward: '逆伝播',
    numeric: '数値微分',
    relError: '相対誤差',
    passed: '勾配チェック合格',
    failed: '勾配チェック不合格',
  },
  compareRates: {
    ruler: '5 つの学習率と安定上限',
    stableLimit: '安定上限',
    legend: (rate, verdict) => `学習率 ${rate} (${verdict})`,
    lossOfRuns: '5 つの学習の損失',
    lossMse: '損失 (MSE)',
    verdict: '判定',
    divergedAt: (epoch) => `エポック ${epoch} で発散`,
  },
  followUp: {
    hiddenActivation: '隠れ層の活性化関数',
    linear: '線形 (チュートリアル)',
    tanh: 'tanh',
    stepAfter: (epochs) => rich`${epochs} エポック後のステップ`,
    trainToEnd: '最後まで学習',
    paramsNow: '現在の 7 つのパラメータ:',
    oneLine: ': 7 つの数がどう分かれていても、1 本の直線です。',
    noFormula:
      'tanh ではこのような式になりません。F = v₁·tanh(w₁·C + b₁) + v₂·tanh(w₂·C + b₂) + c は曲がり、tanh が飽和するところで平らになります。上の曲線はもう直線ではありません。',
    chart: (y, x) => `${x} に対するネットワークの出力 (${y})`,
    sample: (p) => rich` C = ${p.C} ${p.ux}、目標値 F = ${p.F} ${p.uy}。`,
    forwardHidden: '順伝播 (隠れ層)。',
    forwardOutput: '順伝播 (出力層)。',
    loss: (p) => rich` ${p.n} 個のサンプル全体で L = Σ(F̂ − F)²/N = ${p.loss}。`,
    dOut: (p) =>
      rich` 2(F̂ − F)/N = 2 × (${p.out} − ${p.F}) / ${p.n} = ${p.dOut}。バッチ全体で合計すると ∂L/∂c = ${p.dc}、それぞれの隠れ層の出力を掛けると ∂L/∂v₁ = Σ ∂L/∂F̂·h₁ = ${p.dv1}、∂L/∂v₂ = Σ ∂L/∂F̂·h₂ = ${p.dv2} です。`,
    chainRule: '連鎖律で 1 層さかのぼる。',
    throughTanh: (p) => rich`。tanh を通すと ∂L/∂z${p.j} = ∂L/∂h${p.j} · (1 − h${p.j}²) = ${p.dz}`,
    summed: (p) =>
      rich`。バッチ全体で合計すると ∂L/∂w${p.j} = Σ ∂L/∂${p.via}${p.j}·C = ${p.dw}、∂L/∂b${p.j} = Σ ∂L/∂${p.via}${p.j} = ${p.db}。`,
    update: (lr) => ` (学習率 ${lr}): すべてのパラメータが lr × 勾配 だけ動きます。`,
    parameter: 'パラメータ',
    before: '更新前',
    after: '更新後',
  },
};
