/**
 * The dashboard's words in English: the contract every other language's table follows (`Messages`). Numbers are
 * formatted with lab's formatters before they are passed in, so a table only places them.
 */
import type { NormalizeMode } from '@neuronlab/lab';
import { datasetsEn } from './datasets-en.js';
import { errorsEn } from './errors-en.js';
import { helpEn } from './help-en.js';

/** A key's description in the legend: in full, and short for a narrow terminal. */
type KeyWords = readonly [long: string, short: string];

/** What a divergence's line is made of: the engine's own message and its numbers, formatted. */
export interface DivergenceWords {
  /** The engine's line, in English. */
  readonly message: string;
  readonly epoch: string;
  readonly lr: string;
  /** The largest stable learning rate, when known. */
  readonly limit: string | null;
  /** Whether the rate was below that limit (minibatch noise, then). */
  readonly belowLimit: boolean;
}

/** The heads of `step`'s update tables, which the update formulas also name (`new = old − step`). */
const updateColumns = { parameter: 'parameter', old: 'old', new: 'new', step: 'step' };

export const en = {
  /** The first line: the run's setup and its status. */
  header: {
    task: (task: string, data: string, split: string) => `${task} on ${data} (${split})`,
    taskBrief: (task: string, data: string) => `${task} on ${data}`,
    tasks: { regression: 'regression', binary: 'binary', multiclass: 'multiclass' },
    split: (train: string, test: string) => `${train} train / ${test} test`,
    samples: (n: string) => `${n} samples`,
    neuron: 'neuron out = w·x + b',
    lr: 'lr',
    seed: 'seed',
    status: {
      training: 'training',
      pausing: 'pausing',
      paused: 'paused',
      stopping: 'stopping',
      stopped: 'stopped',
      done: 'done',
      failed: 'failed',
    },
  },
  /** The progress line under the header. */
  progress: {
    epoch: 'epoch',
    elapsed: 'elapsed',
    eta: 'ETA',
    pace: 'pace',
  },
  /** The loss chart's title. */
  loss: {
    title: 'loss',
    log: 'log',
    train: 'train',
    test: 'test',
    now: 'now',
    best: 'best',
  },
  /** The tutorial's chart: the data and the model's line. */
  fit: {
    title: (y: string, x: string) => `fit: ${y} vs ${x}`,
    truth: 'true',
    data: 'data',
    before: 'before',
    now: 'now',
  },
  /** The decision regions of a classifier on a plane. */
  decision: { title: 'decision regions' },
  /** The neuron's parameters, or a network's per-block norms. */
  params: {
    title: 'parameters',
    blocksTitle: 'parameters (per block: weight norm, gradient norm)',
    waiting: 'waiting for the first step…',
    learned: 'learned',
    truth: 'true',
    optimum: 'optimum',
    distanceFrom: (point: string) => `distance from ${point}: `,
    leastSquares: (w: string, b: string, loss: string) => `least squares w* = ${w}, b* = ${b}, loss ${loss}; distance `,
  },
  /** Inside the network: layers, neurons, the selected sample. */
  network: {
    title: 'network',
    sample: (i: string, n: string) => `sample ${i}/${n}`,
    epoch: (n: string) => `epoch ${n}`,
    className: (name: string) => `class ${name}`,
    input: 'input',
    neuron: (layer: string, unit: string) => `L${layer} neuron ${unit}`,
    reading: 'reading…',
    incomingWeights: 'incoming weights',
    more: (n: string) => `… ${n} more`,
  },
  /** The box that stays on screen when a run ends. */
  summary: {
    reasons: { completed: 'finished', 'target-loss': 'reached the target loss', aborted: 'stopped early' },
    after: (epochs: string, time: string | null) => `after ${epochs} epochs${time === null ? '' : ` in ${time}`}`,
    finalLoss: 'final loss',
    testLoss: 'test loss',
    accuracy: 'accuracy',
    testAccuracy: 'test accuracy',
    learned: 'learned',
    savedTo: (path: string) => `saved to ${path}`,
    /** English: the engine's own line, which already says it all. */
    diverged: (d: DivergenceWords) => d.message,
  },
  /** What `train` writes when no terminal watches (a pipe, a file): progress on stderr, the summary on stdout. */
  plain: {
    trained: (kind: string, data: string, epochs: string, time: string, reason: string) =>
      `neuronlab: trained ${kind} on ${data} for ${epochs} epochs in ${time} (${reason})`,
    /** The run's end as it is named on this line (the done event's own reason, in English). */
    reasons: { completed: 'completed', 'target-loss': 'target-loss', aborted: 'aborted' },
    finalLoss: (loss: string, name: string) => `final loss ${loss} (${name})`,
    testLoss: (loss: string) => `, test loss ${loss}`,
    learned: (formula: string, w: string, b: string, scaled: string) =>
      `learned ${formula}  (w = ${w}, b = ${b}${scaled})`,
    scaled: { standardize: ', on standardized inputs', minmax: ', on min-max scaled inputs' },
    accuracy: (percent: string) => `accuracy ${percent}`,
    testAccuracy: (percent: string) => `test accuracy ${percent}`,
    r2: (value: string) => `R² ${value}`,
    savedTo: (path: string) => `saved to ${path}`,
    progress: (epoch: string, total: string, percent: string, loss: string) =>
      `epoch ${epoch}/${total} (${percent}%)  loss ${loss}`,
  },
  /** The key legend: each key's long and short description (key names are the keys themselves). */
  keys: {
    pause: ['pause/resume', 'pause'] as KeyWords,
    step: ['step', 'step'] as KeyWords,
    speed: ['speed', 'pace'] as KeyWords,
    log: ['log scale', 'log'] as KeyWords,
    save: ['save', 'save'] as KeyWords,
    quit: ['quit', 'quit'] as KeyWords,
    neuron: ['neuron', 'neuron'] as KeyWords,
    sample: ['sample', 'sample'] as KeyWords,
    formula: ['formula', 'formula'] as KeyWords,
  },
  /** Lines after a key press. */
  actions: {
    saving: 'saving…',
    saved: (path: string) => `saved to ${path}`,
    notSaved: (why: string) => `could not save: ${why}`,
  },
  /** The sweep's screen (and `runs compare`, the same screen over finished runs). */
  sweep: {
    title: (trials: string, state: string) => `neuronlab sweep · ${trials} trials · ${state}`,
    compareTitle: (runs: string) => `neuronlab runs compare · ${runs} runs`,
    /** The line left below the sweep's screen when it closes: where its runs are kept. */
    kept: (dir: string) => `runs in ${dir} (neuronlab runs ${dir})`,
    finished: 'finished',
    paused: 'paused',
    running: (n: string) => `${n} running`,
    overlay: 'loss (log) by trial',
    /** Under a table with more trials than the screen holds: the trials shown, of how many. */
    window: (first: string, last: string, total: string) => `trials ${first}–${last} of ${total} (↑/↓ to scroll)`,
    /** The table's columns: trial, settings, epoch, loss, test loss, accuracy, status. */
    columns: ['trial', 'settings', 'epoch', 'loss', 'test loss', 'accuracy', 'status'] as readonly string[],
    /** The accuracy column's head when every trial's accuracy is on its test set. */
    testAccuracy: 'test accuracy',
    status: {
      queued: 'queued',
      running: 'running',
      done: 'done',
      diverged: (epoch: string) => `diverged at epoch ${epoch}`,
      stopped: (epoch: string) => `stopped at epoch ${epoch}`,
    },
    /** The piped ranking's first column, and its line naming the best trial. */
    rank: 'rank',
    best: (trial: string) => `best: trial ${trial}`,
    /** Between the best trial and where the runs are kept, on the ranking's last line. */
    separator: ', ',
    /** The piped line of a trial that ended: `after` when it trained to the end, `loss` when it has one. */
    trialEnd: (trial: string, settings: string, status: string, after: string, loss: string) =>
      `trial ${trial} (${settings}): ${status}${after}${loss}`,
    after: (epochs: string) => ` after ${epochs} epochs`,
    endLoss: (loss: string) => `, loss ${loss}`,
    trialTitle: (trial: string, name: string, settings: string, status: string) =>
      `trial ${trial} · ${name} · ${settings} · ${status}`,
    waiting: 'waiting for a thread…',
    keys: {
      pauseAll: 'space pause/resume all',
      select: '↑/↓ select',
      open: 'enter open',
      logScale: 'l log scale',
      network: 'n network',
      back: 'esc back',
      quit: 'q quit',
    },
  },
  /**
   * `neuronlab step`'s text: the words around the formulas and numbers. The formulas are passed in as they are written
   * in every language; a table only places them (and the update tables' column heads, which its formulas name).
   */
  step: {
    neuronTitle: (formula: string) => `neuronlab step: the tutorial's neuron ${formula}`,
    networkTitle: (arch: string) => `neuronlab step: the network ${arch}`,
    /** Where the step sits; `batch` is fullBatch's or miniBatch's words. */
    place: (step: string, epoch: string, batch: string, optimizer: string, lr: string) =>
      `step ${step}: the last of epoch ${epoch}, ${batch}, ${optimizer} lr ${lr}`,
    fullBatch: (size: string) => `full batch of ${size}`,
    miniBatch: (batch: string, batches: string, size: string) => `batch ${batch} of ${batches} (${size} samples)`,
    neuronForward: (out: string, error: string) => `1. forward, every sample: ${out}, and its error ${error}`,
    /** Leads the worked example under the forward table. */
    example: 'e.g.',
    neuronLoss: (loss: string, n: string) => `2. loss: ${loss} with ${n}`,
    neuronBackward: (dOut: string) => `3. backward, the chain rule: ${dOut}, then ∂L/∂w and ∂L/∂b`,
    mistake: (right: string, wrong: string) =>
      `^ the tutorial's mistake: the chain rule multiplies by ${right}, not ${wrong}:`,
    follows: (row: string, x: string) => `following row ${row} of the batch: ${x}`,
    /** A network with several inputs: its row's inputs follow as a table, normalized (`how`) when training was. */
    followsInputs: (row: string, how: NormalizeMode) =>
      `following row ${row} of the batch, its inputs x${{ none: '', standardize: ' standardized', minmax: ' scaled to [0, 1]' }[how]} as the first layer sees them:`,
    /** The input table's name column. */
    input: 'input',
    target: (y: string) => `target ${y}`,
    networkForward: '1. forward, layer by layer, for that sample (the first layer’s input a is x)',
    layer: (n: string, shape: string) => `layer ${n} (${shape})`,
    networkLoss: (name: string, size: string, loss: string) => `2. loss (${name}) over the batch of ${size}: ${loss}`,
    networkBackward: (chain: string, sums: string): string[] => [
      `3. backward, last layer first: ${chain},`,
      `   and the batch sums ${sums}`,
      '   (∂L/∂a and ∂L/∂z for that sample; the mean loss puts 1/N in them)',
    ],
    /** A loss fused with its output activation, which differentiates z directly. */
    fusedLoss: (dz: string) => `the loss takes z itself here: ${dz}`,
    columns: updateColumns,
    /** The update's heading for plain SGD; `which` names the optimizer. */
    sgd: (which: string, lr: string) =>
      `4. update (${which}): ${updateColumns.new} = ${updateColumns.old} − lr·∂L/∂·, lr = ${lr}`,
    /** The update's heading for an optimizer whose step comes from its own state (momentum, RMSprop). */
    ownStep: (which: string) =>
      `4. update (${which}): ${updateColumns.new} = ${updateColumns.old} − ${updateColumns.step}, the ${updateColumns.step} from its own state`,
    /** Adam's heading: `which` holds its t; `step` is the step's formula, `constants` its β₁, β₂ and ε. */
    adam: (
      which: string,
      moments: string,
      corrected: string,
      step: string,
      constants: string,
      lr: string,
    ): string[] => [
      `4. update (${which}): ${moments},`,
      `   ${corrected}, ${updateColumns.step} = ${step}, ${updateColumns.new} = ${updateColumns.old} − ${updateColumns.step}`,
      `   ${constants}, lr = ${lr}`,
    ],
  },
  /** A chart's legend, in `plot` and the sweep. */
  legend: {
    /** Ends a legend that could not name every line. */
    more: (n: number) => `+${n} more`,
  },
  /** `neuronlab plot`'s screen and its warning about skipped lines. */
  plot: {
    files: (n: string, count: number) => `${n} ${count === 1 ? 'file' : 'files'}`,
    reading: (percent: string, files: string) => `reading ${percent}% of ${files}`,
    following: (files: string) => `following ${files}`,
    corrupt: (n: string) => `${n} corrupt skipped`,
    quit: 'q quit',
    noPoints: 'no points yet',
    /** The series --series asked for that no log holds (so far), and those the logs hold. */
    noSuchSeries: (asked: string, have: string) => `no ${asked} in the logs so far; they have ${have}`,
    /** The series left out, named; `hiddenCount` when the names do not fit. */
    hidden: (names: string) => `not shown: ${names} (pick with --series)`,
    hiddenCount: (n: string) => `${n} series not shown (pick with --series)`,
    /** The charts on screen when there are more than room, which the arrows scroll; the series left out. */
    window: (first: string, last: string, total: string) => `charts ${first}–${last} of ${total} (↑/↓ to scroll)`,
    notShown: (names: string) => `not shown: ${names}`,
    /** A chart's title: its axis is logarithmic; the latest value of its one run. */
    log: 'log',
    now: 'now',
    /**
     * The word for a split other than the training data: after a run's name in the legend, before a value in a title.
     */
    split: (split: 'val' | 'test'): string => split,
    /** The line after the screen when lines or records were skipped; `where` lists each file's count. */
    skipped: (total: string, count: number, where: string) =>
      `skipped ${total} corrupt ${count === 1 ? 'line or record' : 'lines or records'} (${where}).`,
  },
  /** `neuronlab gradcheck`'s table, its verdict and the note on its error column. */
  gradcheck: {
    columns: {
      parameter: 'parameter',
      analytic: 'analytic',
      numeric: 'numeric',
      relError: 'rel. error',
      result: 'result',
    },
    ok: 'ok',
    wrong: 'WRONG',
    passed: (tolerance: string) => `passed: every gradient matches central differences within ${tolerance}`,
    failed: (worst: string, tolerance: string) =>
      `FAILED: worst relative error ${worst} > ${tolerance}; the analytic gradient is wrong`,
    /** What the error column (`head`) holds. */
    note: (head: string) => `${head}: the relative difference beyond the rounding noise of the central differences`,
  },
  /** `neuronlab runs`' table and `runs show`; a run's status is worded as a trial's (`sweep.status`). */
  runs: {
    columns: {
      name: 'name',
      dataset: 'dataset',
      model: 'model',
      settings: 'settings',
      epochs: 'epochs',
      loss: 'loss',
      accuracy: 'accuracy',
      status: 'status',
      started: 'started (UTC)',
    },
    /** A log that ends without its final event. */
    unfinished: 'unfinished',
    none: (dir: string) => `no runs in ${dir}`,
    /** `runs show`'s field names, one per line, in this order. */
    fields: {
      run: 'run',
      directory: 'directory',
      started: 'started',
      repeat: 'repeat',
      data: 'data',
      status: 'status',
      loss: 'loss',
      accuracy: 'accuracy',
      events: 'events',
      model: 'model',
    },
    data: (dataset: string, kind: string, settings: string) => `${dataset}, model ${kind}, ${settings}`,
    status: (status: string, epoch: string, epochs: string) => `${status} after ${epoch} of ${epochs} epochs`,
    /** A value on the test set, after the training set's (`, ` when one came before). */
    test: (value: string, after: boolean) => `${after ? ', ' : ''}test ${value}`,
    skipped: (n: string) => ` (${n} unreadable line(s) skipped)`,
    noModel: 'none saved',
  },
  /** The line `export`, `import` and `datasets export` write on stderr once their files are written. */
  wrote: {
    exported: (paths: readonly string[], format: string) => `wrote ${paths.join(' and ')} (${format})`,
    imported: (path: string, shape: string) => `wrote ${path} (${shape})`,
    dataset: (rows: string, name: string, path: string) => `wrote ${rows} rows of ${name} to ${path}`,
  },
  /** `neuronlab datasets`: each generator's words (from @neuronlab/data in English) and an option's default. */
  datasets: {
    generators: datasetsEn,
    default: (value: string) => `default ${value}`,
  },
  /** The CLI's error lines (errors-en.ts). */
  errors: errorsEn,
  help: helpEn,
};

/** The shape every language's table has: the English table's keys, with the same kinds of values. */
export type Messages = typeof en;
