import { errorsJa } from './errors-ja.js';
import type { DivergenceWords, Messages } from './messages-en.js';

/** The heads of `step`'s update tables, which its update formulas also name (`更新後 = 更新前 − 更新量`). */
const updateColumns = { parameter: 'パラメータ', old: '更新前', new: '更新後', step: '更新量' };

/** The dashboard's words in Japanese: the English table's keys (checked by the type `Messages`), the textbook terms. */
export const ja: Messages = {
  header: {
    task: (task, data, split) => `${task} · ${data} (${split})`,
    taskBrief: (task, data) => `${task} · ${data}`,
    tasks: { regression: '回帰', binary: '二値分類', multiclass: '多クラス分類' },
    split: (train, test) => `訓練データ ${train} / テストデータ ${test}`,
    samples: (n) => `${n} サンプル`,
    neuron: 'ニューロン out = w·x + b',
    lr: '学習率',
    seed: 'シード',
    status: {
      training: '学習中',
      pausing: '一時停止中…',
      paused: '一時停止',
      stopping: '停止中…',
      stopped: '中断',
      done: '完了',
      failed: '失敗',
    },
  },
  progress: {
    epoch: 'エポック',
    elapsed: '経過',
    eta: '残り',
    pace: '速度',
  },
  loss: {
    title: '損失',
    log: '対数',
    train: '訓練',
    test: 'テスト',
    now: '現在',
    best: '最良',
  },
  fit: {
    title: (y, x) => `当てはめ: ${y} 対 ${x}`,
    truth: '真の関係',
    data: 'データ',
    before: '学習前',
    now: '現在',
  },
  decision: { title: '決定領域' },
  params: {
    title: 'パラメータ',
    blocksTitle: 'パラメータ (ブロックごと: 重みのノルム, 勾配のノルム)',
    waiting: '最初のステップを待っています…',
    learned: '学習結果',
    truth: '真の関係',
    optimum: '最適解',
    distanceFrom: (point) => `${point} との距離: `,
    leastSquares: (w, b, loss) => `最小二乗法 w* = ${w}, b* = ${b}, 損失 ${loss}; 距離 `,
  },
  network: {
    title: 'ネットワーク',
    sample: (i, n) => `サンプル ${i}/${n}`,
    epoch: (n) => `エポック ${n}`,
    className: (name) => `クラス ${name}`,
    input: '入力',
    neuron: (layer, unit) => `L${layer} ニューロン ${unit}`,
    reading: '読み取り中…',
    incomingWeights: '入力側の重み',
    more: (n) => `… 他 ${n} 行`,
  },
  summary: {
    reasons: { completed: '完了', 'target-loss': '目標の損失に到達', aborted: '途中で停止' },
    after: (epochs, time) => `${epochs} エポック${time === null ? '' : ` (${time})`}`,
    finalLoss: '最終損失',
    testLoss: 'テスト損失',
    accuracy: '正解率',
    testAccuracy: 'テストの正解率',
    learned: '学習結果',
    savedTo: (path) => `保存先 ${path}`,
    diverged: divergedJa,
  },
  plain: {
    trained: (kind, data, epochs, time, reason) =>
      `neuronlab: ${data} で ${kind} を ${epochs} エポック学習しました (${time}、${reason})`,
    reasons: { completed: '完了', 'target-loss': '目標の損失に到達', aborted: '途中で停止' },
    finalLoss: (loss, name) => `最終損失 ${loss} (${name})`,
    testLoss: (loss) => `、テスト損失 ${loss}`,
    learned: (formula, w, b, scaled) => `学習結果 ${formula}  (w = ${w}, b = ${b}${scaled})`,
    scaled: { standardize: '、標準化した入力で', minmax: '、最小最大正規化した入力で' },
    accuracy: (percent) => `正解率 ${percent}`,
    testAccuracy: (percent) => `テストの正解率 ${percent}`,
    r2: (value) => `R² ${value}`,
    savedTo: (path) => `保存先 ${path}`,
    progress: (epoch, total, percent, loss) => `エポック ${epoch}/${total} (${percent}%)  損失 ${loss}`,
  },
  keys: {
    pause: ['一時停止/再開', '停止'],
    step: ['1ステップ', 'ステップ'],
    speed: ['速度', '速度'],
    log: ['対数軸', '対数'],
    save: ['保存', '保存'],
    quit: ['終了', '終了'],
    neuron: ['ニューロン', '選択'],
    sample: ['サンプル', 'サンプル'],
    formula: ['式', '式'],
  },
  actions: {
    saving: '保存中…',
    saved: (path) => `保存しました: ${path}`,
    notSaved: (why) => `保存できませんでした: ${why}`,
  },
  sweep: {
    title: (trials: string, state: string) => `neuronlab sweep · ${trials} 試行 · ${state}`,
    compareTitle: (runs: string) => `neuronlab runs compare · ${runs} 実行`,
    kept: (dir) => `実行の記録: ${dir} (neuronlab runs ${dir})`,
    finished: '完了',
    paused: '一時停止中',
    running: (n: string) => `${n} 件学習中`,
    overlay: '試行ごとの損失 (対数)',
    columns: ['試行', '設定', 'エポック', '損失', 'テスト損失', '正解率', '状態'],
    testAccuracy: 'テスト正解率',
    status: {
      queued: '待機中',
      running: '学習中',
      done: '完了',
      diverged: (epoch: string) => `エポック ${epoch} で発散`,
      stopped: (epoch: string) => `エポック ${epoch} で停止`,
    },
    trialTitle: (trial: string, name: string, settings: string, status: string) =>
      `試行 ${trial} · ${name} · ${settings} · ${status}`,
    waiting: 'スレッドを待っています…',
    keys: {
      pauseAll: 'space 全体を一時停止/再開',
      select: '↑/↓ 選択',
      open: 'enter 開く',
      logScale: 'l 対数軸',
      network: 'n ネットワーク',
      back: 'esc 戻る',
      quit: 'q 終了',
    },
  },
  step: {
    neuronTitle: (formula) => `neuronlab step: チュートリアルのニューロン ${formula}`,
    networkTitle: (arch) => `neuronlab step: ネットワーク ${arch}`,
    // `エポック 1 の最終バッチ`: the step is always its epoch's last, which the batch's words say in Japanese
    place: (step, epoch, batch, optimizer, lr) =>
      `ステップ ${step}: エポック ${epoch} の${batch}、${optimizer} 学習率 ${lr}`,
    fullBatch: (size) => `フルバッチ (${size} サンプル)`,
    miniBatch: (batch, batches, size) => `最終バッチ ${batch}/${batches} (${size} サンプル)`,
    neuronForward: (out, error) => `1. 順伝播: 各サンプルの出力 ${out} と誤差 ${error}`,
    example: '例:',
    neuronLoss: (loss, n) => `2. 損失: ${loss} (${n})`,
    neuronBackward: (dOut) => `3. 逆伝播 (連鎖律): ${dOut}、そこから ∂L/∂w と ∂L/∂b`,
    mistake: (right, wrong) => `^ チュートリアルの誤り: 連鎖律で掛けるのは ${wrong} ではなく ${right}:`,
    follows: (row, x) => `バッチの行 ${row} を追う: ${x}`,
    followsInputs: (row, how) =>
      `バッチの行 ${row} を追う。最初の層が受け取る入力 x${{ none: '', standardize: ' (標準化済み)', minmax: ' ([0, 1] に正規化済み)' }[how]}:`,
    input: '入力',
    target: (y) => `目標値 ${y}`,
    networkForward: '1. 順伝播: そのサンプルについて層ごとに (最初の層の入力 a は x)',
    layer: (n, shape) => `第${n}層 (${shape})`,
    networkLoss: (name, size, loss) => `2. 損失 (${name})、バッチ全体 (${size} サンプル): ${loss}`,
    networkBackward: (chain, sums) => [
      `3. 逆伝播 (最後の層から): ${chain},`,
      `   バッチでの和 ${sums}`,
      '   (∂L/∂a と ∂L/∂z はそのサンプルの値。損失は平均なので 1/N を含む)',
    ],
    fusedLoss: (dz) => `この層では損失が z を直接受け取る: ${dz}`,
    columns: updateColumns,
    sgd: (which, lr) => `4. 更新 (${which}): ${updateColumns.new} = ${updateColumns.old} − lr·∂L/∂·、学習率 lr = ${lr}`,
    ownStep: (which) =>
      `4. 更新 (${which}): ${updateColumns.new} = ${updateColumns.old} − ${updateColumns.step}、${updateColumns.step}は最適化手法自身の状態から`,
    // the step's formula on a line of its own: the Japanese heads are wider than 80 columns allow on one
    adam: (which, moments, corrected, step, constants, lr) => [
      `4. 更新 (${which}): ${moments},`,
      `   ${corrected},`,
      `   ${updateColumns.step} = ${step}, ${updateColumns.new} = ${updateColumns.old} − ${updateColumns.step}`,
      `   ${constants}, 学習率 lr = ${lr}`,
    ],
  },
  legend: {
    more: (n) => `ほか ${n} 件`,
  },
  plot: {
    // Japanese counts without a plural
    files: (n, _count) => `${n} ファイル`,
    reading: (percent, files) => `${files}を読み込み中 ${percent}%`,
    following: (files) => `${files}を追跡中`,
    corrupt: (n) => `壊れた行・レコード ${n} 件を読み飛ばし`,
    quit: 'q 終了',
    noPoints: 'まだ点がありません',
    noSuchSeries: (asked: string, have: string) => `ログにはまだ ${asked} がありません。あるのは ${have} です`,
    hidden: (names) => `表示していない系列: ${names} (--series で選択)`,
    hiddenCount: (n) => `${n} 系列を表示していません (--series で選択)`,
    log: '対数',
    now: '現在',
    split: (split) => (split === 'val' ? '検証' : 'テスト'),
    skipped: (total, _count, where) => `壊れた行またはレコード ${total} 件を読み飛ばしました (${where})。`,
  },
  errors: errorsJa,
};

/** A divergence in one line: at which epoch, with which rate, and what to try next. */
function divergedJa(d: DivergenceWords): string {
  const what = `train: エポック ${d.epoch} で損失が発散しました (学習率 ${d.lr})。`;
  if (d.limit === null) return `${what}学習率を下げるか、入力を標準化 (--normalize) してください。`;
  const limit = `このデータでのフルバッチ勾配降下法の安定な学習率の上限は ${d.limit} です。`;
  if (!d.belowLimit) return `${what}${limit}学習率を ${d.limit} 未満にしてください。`;
  return `${what}${limit}ミニバッチのノイズが大きすぎます。学習率を下げるか、バッチを大きくしてください。`;
}
