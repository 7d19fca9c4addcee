import type { Messages } from '../en';
import type { FieldProblem } from '../en/common';

/** What a field accepts, in words: `1 から 100000 までの整数`. */
function accepted({ integer, min, max }: FieldProblem): string {
  const kind = integer ? '整数' : '数値';
  if (min !== undefined && max !== undefined) return `${min} から ${max} までの${kind}`;
  if (min !== undefined) return `${min} 以上の${kind}`;
  if (max !== undefined) return `${max} 以下の${kind}`;
  return `有限の${kind}`;
}

/** Words every demo shares: the run buttons, readouts, verdicts, the charts' titles and the number fields' messages. */
export const common: Messages['common'] = {
  train: '学習',
  pause: '一時停止',
  step: '1ステップ',
  reset: 'リセット',
  takeThisStep: 'このステップを実行',
  learningRate: '学習率',
  epochs: 'エポック数',
  epoch: 'エポック',
  of: '/',
  lr: '学習率',
  sample: 'サンプル',
  beforeTraining: '学習前',
  trainingLoss: '訓練データの損失 (MSE)',
  bothStartAt: 'どちらも開始点は',
  allStartAt: 'すべて開始点は',
  verdict: { crawls: '遅い', converges: '収束する', diverges: '発散する' },
  lossCurve: '損失曲線',
  lossAxis: '損失 (対数目盛)',
  weightW: '重み w',
  biasB: 'バイアス b',
  landscape: '損失関数の地形: w と b に対する平均二乗誤差の等高線と、勾配降下の経路',
  contourAtLeast: (level: string) => `MSE ≥ ${level}`,
  optimum: '最小二乗法の最適解',
  startPoint: '開始点: ドラッグするか、フォーカスして矢印キーで動かします',
  chartOf: (y: string, x: string, lines: string) => `${x} に対する ${y}: ${lines}`,
  decisionMap: '決定境界の図: 色はネットワークが予測するクラス、塗りつぶしの点は訓練データ、輪はテストデータです',
  columns: { celsius: '摂氏', fahrenheit: '華氏' },
  fieldProblem: (p: FieldProblem) =>
    `${p.label}には${accepted(p)}を入力してください (入力: ${p.got})。${p.hint ? ` ${p.hint}` : ''}`,
};
