/**
 * The dashboard's words in English: the contract every other language's table follows (`Messages`). Numbers are
 * formatted with lab's formatters before they are passed in, so a table only places them.
 */
import { describeExpected, type Expected } from '@neuronlab/core';

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
    finished: 'finished',
    paused: 'paused',
    running: (n: string) => `${n} running`,
    overlay: 'loss (log) by trial',
    /** Ends a legend that could not name every line. */
    more: (n: number) => `+${n} more`,
    /** The table's columns: trial, settings, epoch, loss, test loss, accuracy, status. */
    columns: ['trial', 'settings', 'epoch', 'loss', 'test loss', 'accuracy', 'status'] as readonly string[],
    status: {
      queued: 'queued',
      running: 'running',
      done: 'done',
      diverged: (epoch: string) => `diverged at epoch ${epoch}`,
      stopped: (epoch: string) => `stopped at epoch ${epoch}`,
    },
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
  /** The framing of the commonest error lines; the values stay as they were given. */
  errors: {
    mustBe: (label: string, what: string, value: string, hint: string) =>
      `${label} must be ${what}, got ${value}.${hint === '' ? '' : ` ${hint}`}`,
    /** What a bad value had to be (`one of sgd, adam`, `a number > 0`): English as core words it. */
    expected: (expected: Expected) => describeExpected(expected),
    fileMissing: (flag: string, path: string) => `${flag} file ${path} does not exist. Check the path.`,
    notRegular: (flag: string, path: string, kind: string) =>
      `${flag} ${path} is ${kind}, not a regular file. Give a file (a FIFO or a device may never end).`,
    unreadable: (flag: string, path: string, code: string) => `${flag} cannot read ${path} (${code}). Check the path.`,
    notModelFile: (flag: string, path: string, why: string) => `${flag} ${path} is not a valid model file: ${why}`,
    /** What a path is when it is not a regular file. */
    kinds: {
      file: 'a regular file',
      directory: 'a directory',
      characterDevice: 'a character device',
      blockDevice: 'a block device',
      fifo: 'a FIFO (named pipe)',
      socket: 'a socket',
      symlink: 'a symbolic link',
      other: 'not a regular file',
    },
  },
};

/** The shape every language's table has: the English table's keys, with the same kinds of values. */
export type Messages = typeof en;
