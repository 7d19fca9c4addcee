/** The words of `--help` in Japanese: the same keys as help-en.ts (its type is the contract). */
import type { helpEn } from './help-en.js';

const TRAIN_EXAMPLES = `
例:
  $ neuronlab train                                  チュートリアル: 1つのニューロンが °C → °F を学ぶ
  $ neuronlab train --lr 1e-3                        10 倍の学習率で (1.8, 32) に届く
  $ neuronlab train --lr 1.3e-3                      大きすぎる学習率: 発散するようすを見る
  $ neuronlab train --normalize --lr 0.1 --epochs 200  標準化した入力なら大きな学習率で 200 エポックで終わる
  $ neuronlab train --dataset spiral --normalize --hidden 16,16 --epochs 200 --test-split 0.3
  $ neuronlab train --data temps.csv --x celsius --y fahrenheit --save model.json
  $ neuronlab train --json | tail -1                 プログラムで読むためのイベント (1 行に 1 つ)

ダッシュボードのキー: space 一時停止/再開 · n 1 ステップ · +/- 速さ · l 対数軸 · s 保存 · q 終了`;

const STEP_EXAMPLES = `
例:
  $ neuronlab step                                 チュートリアルの最初のステップを、すべての数値とともに
  $ neuronlab step --at 100 --digits 6             100 エポック後のステップを、丸めて
  $ neuronlab step --gradient tutorial-mistake     公開された勾配がどこで誤るか
  $ neuronlab step --model follow-up --sample 7    1-2-1 のネットワークで、サンプル 7 を追う
  $ neuronlab step --dataset moons --at 3 --json   Adam で学習する mlp を JSON で
  $ neuronlab step --data temps.csv                自分のデータでの最初のステップ
  $ neuronlab step --init model.json               保存したモデルからの最初のステップ
  $ neuronlab step --lang ja                       同じステップを日本語で`;

const PLOT_EXAMPLES = `
例:
  $ neuronlab plot runs/                              runs/ の下のすべての実行、指標ごとに 1 つのグラフ
  $ neuronlab plot lightning_logs/ --follow --series train_loss,val_loss
  $ neuronlab plot training.log --json | head         Keras の CSVLogger のファイルを JSON の点として`;

const SWEEP_EXAMPLES = `
リストと範囲 (グリッドはそれらのすべての組み合わせ):
  --lr 1e-5,1e-4,1e-3      リスト          --lr 1e-5..1e-2:log4   対数目盛で等間隔の 4 つの学習率
  --seed 1..5              整数            --epochs 100..500:3    等間隔の 3 つの値
  --hidden '4;8;16,16'     --hidden、--activation、--features のリストは ; で区切る
                           (1 つの値がカンマのリストになるため: --features 'x1,x2;x1,x2,x1^2')

例:
  $ neuronlab sweep --lr 1e-5,1e-4,1e-3,1.2e-3,1.3e-3     チュートリアルのニューロンを 5 つの学習率で
  $ neuronlab sweep --dataset moons --hidden '4;8;16,16' --optimizer sgd,adam --seed 1..3 --json
  $ neuronlab sweep --lr 1e-5..1e-2:log6 --dry-run --log-dir runs | parallel -j 4

ダッシュボードのキー: space すべて一時停止/再開 · ↑/↓ 選択 · enter 試行を開く · esc 戻る · q 終了`;

const RUNS_EXAMPLES = `
例:
  $ neuronlab runs runs                                  ./runs にある実行の表
  $ neuronlab runs runs --sort loss | head -4            最も良い 3 つの実行
  $ neuronlab runs show trial-3-lr1e-3 --log-dir runs    1 つの実行と、それを繰り返すコマンド
  $ neuronlab runs compare trial-1-lr1e-5 trial-3-lr1e-3 --log-dir runs
  $ neuronlab runs compare runs/trial-1-lr1e-5 runs/trial-3-lr1e-3   同じ実行を、そのディレクトリで`;

export const helpJa: typeof helpEn = {
  titles: {
    'Usage:': '使い方:',
    'Options:': 'オプション:',
    'Arguments:': '引数:',
    'Commands:': 'コマンド:',
    'Global Options:': '共通のオプション:',
  },
  defaults: {
    all: (value) => ` (既定 ${value})`,
    perModel: (tutorial, mlp) => ` (チュートリアル: ${tutorial}、mlp: ${mlp})`,
  },
  recipeSentences: {
    '--dataset': 'データセットの生成器 ("neuronlab datasets" を参照)',
    '--option': '生成器のオプション。繰り返し指定できる (例: noise=0.1)',
    '--features': '2 入力のデータセットの x1 と x2 から作る入力 (既定: x1,x2 をそのまま)。例: x1,x2,x1^2',
    '--model': 'neuron (チュートリアルのもの。celsius と 1 入力の回帰の CSV での既定)、mlp、または follow-up (1-2-1)',
    '--hidden': 'mlp の隠れ層の幅。1〜8 層',
    '--activation': '隠れ層の活性化関数。全層に 1 つか、層ごとに 1 つ (relu,tanh)。follow-up には linear',
    '--loss': '損失関数。既定はタスクに合ったもの',
    '--optimizer': '最適化手法',
    '--lr': '学習率',
    '--epochs': '学習するエポック数',
    '--batch-size': '1 ステップのサンプル数、または full (全データ)',
    '--seed': 'データ、分割、シャッフル、初期化のシード',
    '--init-weight': 'ニューロンの重みの初期値 (既定: シードから決める)',
    '--init-bias': 'ニューロンのバイアスの初期値 (既定: シードから決める)',
    '--gradient': 'ニューロンの重みの勾配',
    '--normalize': '入力を正規化する: standardize (既定) または minmax',
    '--test-split': 'テストデータとして取り分ける割合。例: 0.2',
    '--target-loss': '損失がこの値以下になったら早めに止める',
    '--l1': 'L1 正則化 (各勾配に rate·sign(w) を足す)',
    '--l2': 'L2 正則化 / 重み減衰 (各勾配に rate·w を足す)',
  },
  helpOption: 'コマンドのヘルプを表示する',
  version: 'バージョンを表示する',
  debug: 'スタックトレースを表示する',
  program: 'ニューラルネットワークが学ぶようすを、ターミナルでそのまま見る。',
  data: {
    data: '生成器の代わりに CSV ファイルで学習する',
    x: 'CSV の特徴量の列。名前か番号で (既定: --y 以外のすべて)',
    y: 'CSV の目的変数の列 (既定: 最後の列)',
    task: 'CSV のタスク: regression、binary、multiclass (既定 regression)',
    classes: '多クラスのラベルを出力の順に、カンマ区切りで (既定: 見つかったものを並べ替えた順)',
  },
  train: {
    description: 'モデルを学習させ、学ぶようすを見る (既定はチュートリアル)',
    init: '保存したモデルから続け、指定しなかったフラグにはそのレシピを使う (--dataset か --data で別のデータを指定したときは既定値)',
    save: '学習したモデルを保存する (アトミックに)。終了時、s を押したとき、中断したとき',
    speed: 'ダッシュボードのペース (既定: 約 4 秒で学習が終わる速さ)',
    reportEvery: '進捗イベント 1 つあたりのエポック数',
    json: '学習のイベントを 1 行に 1 つ JSON で出力する',
    logDir: '<dir> の下の新しいディレクトリに実行を記録する (既定: $NEURONLAB_LOG_DIR が設定されていればそこ)',
    runName: '実行のディレクトリの名前 (既定: データセット、モデル、学習率、時刻)',
    lang: 'ダッシュボードの言語 (既定: LC_ALL、LC_MESSAGES、LANG から)',
    examples: TRAIN_EXAMPLES,
  },
  predict: {
    summary: '保存したモデルで予測する。x の値を引数で、標準入力に 1 行に 1 つずつ、または CSV ファイルで',
    description:
      '保存したモデルで予測する。x の値を引数で、標準入力に 1 行に 1 つずつ (1 行の数はカンマ、タブ、空白で区切る)、または CSV ファイルの行として渡す。回帰のモデルはデータの単位で値を、分類器は各入力のクラスを、入力ごとに 1 行で出力する。',
    inputs: '入力: 数 1 つ、または複数の入力なら x1,x2',
    model: '"neuronlab train --save" で書き出したモデルファイル',
    probabilities: '分類器のクラスの代わりに出力を表示する: p(class 1)、またはクラスごとに 1 つずつ順に',
    data: 'CSV ファイルのすべての行を予測する (目的変数など、モデルが読まない列は除く)',
    columns: 'ファイルの入力の列。名前か番号で (既定: モデルが学習に使った列を名前で探す。なければすべての列)',
    examples:
      '\n例:\n  $ neuronlab predict --model model.json 0 100\n  $ seq -10 10 | neuronlab predict --model model.json\n  $ neuronlab predict --model moons.json 0.5,0.25 --probabilities\n  $ neuronlab predict --model houses.json --data new-houses.csv --x rooms,area_m2',
  },
  datasets: {
    description: 'データセットの生成器をオプションとともに一覧にする',
    exportDescription: '生成したデータセットを CSV で書き出す',
    name: '生成器の名前',
    out: '書き出すファイル',
    option: '生成器のオプション。繰り返し指定できる',
    seed: 'シード (既定 42)',
    example: '\n例:\n  $ neuronlab datasets export spiral --out spiral.csv --option noise=0.2 --seed 7',
  },
  export: {
    description:
      '保存したモデルをほかの実行環境向けに書き出す: ONNX、TensorFlow.js、JavaScript/TypeScript のモジュール',
    model: '"neuronlab train --save" で書き出したモデルファイル',
    format: 'onnx、tfjs、js、ts (既定: --out の拡張子 .onnx、.js、.mjs、.ts、.mts から)',
    out: '書き出すファイル。tfjs ではディレクトリで、model.json と weights.bin が入る',
    float32: 'float32 のテンソルで書き出す ONNX (既定は float64 で正確)',
    examples:
      '\n例:\n  $ neuronlab export model.json --out model.onnx\n  $ neuronlab export model.json --format tfjs --out web-model\n  $ neuronlab export model.json --out predict.js',
  },
  import: {
    description: 'Dense 層からなる TensorFlow.js の Layers モデルを neuronlab のモデルファイルにする',
    model: 'TensorFlow.js の model.json。重みのファイルはその隣に置く',
    out: '書き出す neuronlab のモデルファイル',
    example: '\n例:\n  $ neuronlab import web-model/model.json --out model.json',
  },
  gradcheck: {
    description: 'モデルの解析的な勾配を差分による数値微分と比べる',
    init: '保存したモデルをそのパラメータで調べ、指定しなかったフラグにはそのレシピを使う (--dataset か --data で別のデータを指定したときは既定値)',
    examples:
      '\n例:\n  $ neuronlab gradcheck\n  $ neuronlab gradcheck --gradient tutorial-mistake     チュートリアルの誤りを見つける\n  $ neuronlab gradcheck --dataset moons --model mlp\n  $ neuronlab gradcheck --init model.json              保存したモデルを、そのパラメータで',
  },
  plot: {
    description: '学習ログの曲線を描く: neuronlab、Keras や Lightning の CSV、TensorBoard のイベントファイル',
    paths: 'ログファイル、または実行のディレクトリ (ログを含むサブディレクトリがそれぞれ 1 つの実行)',
    follow: '見続ける: 大きくなるファイルや新しく現れる実行から、行が届くたびに描き直す',
    series: '描く系列。カンマ区切り (既定: すべて)',
    json: '描く代わりに、点を JSON の行 {run, series, step, value, wallTime} として出力する',
    lang: '画面の言語 (既定: LC_ALL、LC_MESSAGES、LANG から。--json は英語)',
    examples: PLOT_EXAMPLES,
  },
  step: {
    description: '学習の 1 ステップを書き出す: 順伝播、損失、逆伝播、更新',
    init: '保存したモデルから始め、指定しなかったフラグにはそのレシピを使う (--dataset か --data で別のデータを指定したときは既定値)',
    at: 'このエポック数だけ学習したあとのステップを見る (既定 0)',
    sample: 'ステップのバッチのこの行を追う (既定: ニューロンではすべての行、ネットワークでは 0 行目)',
    digits: '数値を有効数字 n 桁に丸める (既定: 丸めない)',
    json: 'レシピとステップの数値を 1 つの JSON 文書として出力する',
    lang: '文章の言語 (既定: LC_ALL、LC_MESSAGES、LANG から。--json は英語)',
    examples: STEP_EXAMPLES,
  },
  sweep: {
    description: 'レシピのグリッドを並べて学習させ、それぞれを実行として記録する',
    init: 'すべての試行を保存したモデルから始める',
    reportEvery: '進捗イベント 1 つあたりのエポック数',
    json: '試行のイベントを試行の情報を付けて JSON で出力し、最後に順位を出力する',
    logDir: '試行を記録する場所 (既定: $NEURONLAB_LOG_DIR、なければ新しい sweep-<time>)',
    jobs: '同時に学習させる試行の数 (既定: コアの数)',
    dryRun: '学習する代わりに、試行ごとに "neuronlab train" コマンドを 1 つ出力する',
    lang: 'ダッシュボードの言語 (既定: LC_ALL、LC_MESSAGES、LANG から)',
    examples: SWEEP_EXAMPLES,
  },
  runs: {
    description: 'ログディレクトリに記録された実行を一覧にする (train --log-dir、sweep)',
    dir: 'ログディレクトリ (既定: --log-dir、$NEURONLAB_LOG_DIR、なければ runs、なければ現在のディレクトリ)',
    logDir: '読むログディレクトリ',
    sort: 'started (既定)、name、loss (良い順)、accuracy (良い順)',
    examples: RUNS_EXAMPLES,
    showDescription: '1 つの実行のすべて: 設定、それを繰り返すコマンド、終わり方',
    name: '実行の名前 (表にあるもの)、または実行のディレクトリのパス',
    compareDescription: '完了した実行についてのスイープのダッシュボード (パイプにつないだときは順位の表)',
    names: '実行の名前、または実行のディレクトリのパス (例: sweep-*/trial-*)',
    lang: 'ダッシュボードの言語 (既定: LC_ALL、LC_MESSAGES、LANG から)',
  },
};
