/**
 * The CLI's error lines in English: the contract of every language's `errors` table (see messages-en.ts). Each
 * sentence takes what it places (flags, paths already quoted, numbers, names) and never has them baked in; the
 * packages' sentences are their own phrase books, so their English is written once, where they are thrown.
 */
import type { Phrase } from '@neuronlab/core';
import { type CsvOptionWords, csvOptionPhrases } from '@neuronlab/data';
import { ERROR_WORDS_EN } from '@neuronlab/lab';

/** What a path is when it is not a regular file. */
const kinds = {
  file: 'a regular file',
  directory: 'a directory',
  characterDevice: 'a character device',
  blockDevice: 'a block device',
  fifo: 'a FIFO (named pipe)',
  socket: 'a socket',
  symlink: 'a symbolic link',
  other: 'not a regular file',
};

/** A kind of file system entry: a key of `kinds`. */
type Kind = keyof typeof kinds;

/** The CLI's own sentences that errors carry as data (core's parseNumber hints and labels), beside the packages'. */
const TUI_PHRASES = {
  speedSuchAs: (example: number) => `Use a number such as ${example}, or max.`,
  epochFromTo: (last: number) => `Use an epoch from 0 to ${last} (--epochs).`,
  rowSuchAs: (example: number) => `Use a row of the batch, such as ${example}.`,
  digitsSuchAs: (most: number, example: number) => `Use 1 to ${most}, such as ${example}.`,
  numbersSuchAs: (example: string) => `Pass numbers such as ${example}.`,
  /** The count of values in a sweep's range `a..b:N` (or `:logN`), as a bad value's label. */
  rangeCount: (flag: string) => `${flag} (count)`,
  /** A `predict` input given as an argument (1-based), or read from a line of stdin, as a bad value's label. */
  inputArgument: (n: number) => `input ${n}`,
  stdinLine: (line: number) => `stdin line ${line}`,
  /** Row `row` (1-based, counting data rows only) of a --data file, as a bad value's label. */
  dataRow: (path: string, row: number) => `row ${row} of ${path}`,
};

/** The CSV reader's options as `train` takes them, for the sentences whose fix names one. */
const CSV_FLAGS: CsvOptionWords = { x: '--x', y: '--y', task: (kind) => `--task ${kind}` };

/** Every sentence an error may carry as data, by key: the packages' phrase books and the CLI's own. */
export const PHRASES = { ...ERROR_WORDS_EN.phrases, ...csvOptionPhrases(CSV_FLAGS), ...TUI_PHRASES };

/** `a, b` or `none`: a list in a sentence that may be empty. */
function listOrNone(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

export const errorsEn = {
  // a bad value's frame, and what it had to be: lab's words (the docs word errors with them too)
  mustBe: ERROR_WORDS_EN.mustBe,
  rule: ERROR_WORDS_EN.rule,
  oneOf: ERROR_WORDS_EN.oneOf,
  phrases: PHRASES,

  // input files: --data, --init, --model, the weights beside a TensorFlow.js model
  fileMissing: (flag: string, path: string) => `${flag} file ${path} does not exist. Check the path.`,
  notRegular: (flag: string, path: string, kind: Kind) =>
    `${flag} ${path} is ${kinds[kind]}, not a regular file. Give a file (a FIFO or a device may never end).`,
  tooLarge: (flag: string, path: string, size: number, most: number) =>
    `${flag} ${path} is ${size} bytes, more than the ${most} allowed. Check that it is the right file.`,
  unreadable: (flag: string, path: string, code: string) => `${flag} cannot read ${path} (${code}). Check the path.`,
  notModelFile: (flag: string, path: string, why: string) => `${flag} ${path} is not a valid model file: ${why}`,

  // output files: --save, --out
  outNameEmpty: (flag: string) => `${flag} needs a file name, got "". Name the file to write, e.g. model.json.`,
  outEndsWithSlash: (flag: string, path: string) =>
    `${flag} must name a file, got ${path} (ends with /). Remove the slash.`,
  outNoDirectory: (flag: string, path: string, dir: string) =>
    `${flag} needs an existing directory, got ${path}. Create ${dir} first.`,
  outDanglingLink: (flag: string, path: string) =>
    `${flag} ${path} is a symbolic link to nothing. Choose another ${flag} path.`,
  outUnusable: (flag: string, path: string, code: string) =>
    `${flag} ${path} is unusable (${code}). Choose another ${flag} path.`,
  outDirectory: (flag: string, path: string) => `${flag} must name a file, got the directory ${path}. Add a file name.`,
  outNotRegular: (flag: string, path: string, kind: Kind) =>
    `${flag} ${path} is ${kinds[kind]}; only a regular file is ever replaced. Choose another ${flag} path.`,
  outIsInput: (flag: string, path: string, inputFlag: string, inputPath: string) =>
    `${flag} ${path} is the same file as ${inputFlag} ${inputPath}; saving would overwrite it. Choose another ${flag} path.`,
  outNotWritable: (flag: string, dir: string, code: string) =>
    `${flag} cannot create files in ${dir} (${code}). Choose a directory you can write to.`,

  // log directories and run names (train --log-dir, sweep)
  logDirEmpty: (flag: string) => `${flag} needs a directory, got "". Name a directory, e.g. runs.`,
  logDirUncreatable: (flag: string, dir: string, code: string) =>
    `${flag} cannot create ${dir} (${code}). Choose a directory you can write to.`,
  logDirIsFile: (flag: string, path: string) =>
    `${flag} must name a directory, got the file ${path}. Choose another path.`,
  runNamePlain: (name: string, most: number) =>
    `--run-name must be a plain name (no slash, no control characters, at most ${most} characters), got ${name}. Try --run-name lr-1e-3.`,
  runNameTaken: (name: string, root: string) =>
    `--run-name ${name} already exists in ${root}; runs are never overwritten. Choose another name.`,
  runNamesUsedUp: (root: string, name: string) =>
    `--log-dir ${root} holds too many runs named ${name}. Use --run-name.`,
  runNameNeedsLogDir: (env: string, name: string) =>
    `--run-name needs --log-dir (or ${env}), got --run-name ${name} alone. Add --log-dir runs.`,

  // train's own flags
  speedWithJson: (speed: string) =>
    `--speed ${speed} paces the dashboard, got it with --json, which prints every event at once. Leave it out.`,
  columnsNeedData: () => '--x and --y need --data <file.csv>.',
  classesNeedData: () => '--classes needs --data <file.csv> and --task multiclass.',
  dataAndDataset: () => '--data and --dataset cannot be used together. Pick one.',
  classesNeedMulticlass: (task: string) =>
    `--classes needs --task multiclass, got --task ${task}. Add --task multiclass.`,

  // --init: a saved model that training goes on from
  initDataGone: (file: string) =>
    `--init model was trained on ${file}, which is not here. Run where that file is, or give the data with --data.`,
  initOtherKind: (flag: string, given: string, path: string, kind: 'neuron' | 'mlp') =>
    `${flag} ${given} contradicts the --init model ${path}, which is ${kind === 'neuron' ? 'a neuron' : 'an mlp'}. Leave ${flag} out to continue that model, or drop --init.`,
  initOtherWidths: (flag: string, given: string, path: string, widths: string) =>
    `${flag} ${given} contradicts the --init model ${path}, which has hidden widths ${widths === '' ? '(none)' : widths}. Leave ${flag} out to continue that model, or drop --init.`,
  initOtherActivation: (flag: string, given: string, path: string, activation: string) =>
    `${flag} ${given} contradicts the --init model ${path}, which uses ${activation}. Leave ${flag} out to continue that model, or drop --init.`,
  initOtherNormalize: (flag: string, given: string, path: string, normalize: string) =>
    `${flag} ${given} contradicts the --init model ${path}, which was trained on inputs normalized with ${normalize}. Leave ${flag} out to continue that model, or drop --init.`,
  initNormalizesTargets: (path: string, kind: string) =>
    `--init model ${path} normalizes its targets (${kind}), which training does not do. Train a new model instead.`,
  /**
   * The model's inputs and outputs do not fit the data's. `own` is how to give the data it was trained on: the flags
   * that name it, '' for the tutorial's data, null when the model records none; `named` says data was named.
   */
  initDims: (
    inputs: number,
    outputs: number,
    dataInputs: number,
    dataOutputs: number,
    own: string | null,
    named: boolean,
  ) =>
    `--init model takes ${inputs} input(s) and gives ${outputs} output(s), got data with ${dataInputs} and ${dataOutputs}. ${
      own === null
        ? named
          ? 'Use a model trained on this data.'
          : 'It records no data it was trained on: name its data with --dataset or --data.'
        : own === ''
          ? 'It was trained on the tutorial’s data: leave out the data flags.'
          : `It was trained with ${own}: give those, or no data flags at all.`
    }`,
  initOtherTask: (has: string, task: string, want: string) =>
    `--init model ends in ${has}, got ${task} data, which needs ${want}. Use a model trained for this task.`,
  saveTooManyValues: (values: number, most: number) =>
    `--save: this model needs ${values} numbers, more than the ${most} a model file holds. Use fewer or narrower hidden layers, or leave out --save.`,

  // sweep: its grid and the train flags it does not take
  sweepSave: () =>
    '--save does not apply to a sweep: each trial keeps its model.json in its run directory. Leave --save out.',
  sweepRunName: () => '--run-name does not apply to a sweep: trials are named trial-NN-<settings>. Leave it out.',
  rangeForm: (flag: string, text: string) =>
    `${flag}: a range must be a..b, a..b:N or a..b:logN, got ${text}. Try 1..5 or 1e-5..1e-2:log4.`,
  rangeWhole: (flag: string, text: string) =>
    `${flag}: a range a..b needs whole numbers a <= b, got ${text}. Try 1..5.`,
  rangeTooLong: (flag: string, text: string, most: number) =>
    `${flag}: ${text} has more than ${most} values. Narrow it.`,
  rangeLogEnds: (flag: string, text: string) =>
    `${flag}: a log range needs both ends > 0, got ${text}. Try 1e-5..1e-2:log4.`,
  listEmptyValue: (flag: string, text: string) =>
    `${flag}: a list has an empty value, got ${text}. Remove the extra separator.`,
  gridTooLarge: (trials: number, most: number) => `the grid has ${trials} trials, more than ${most}. Use fewer values.`,

  // predict
  predictNeedsModel: () => '--model <file> is required. Save one with "neuronlab train --save model.json".',
  predictNotClassifier: (path: string) =>
    `--probabilities needs a classifier, got ${path}, which predicts values. Leave --probabilities out.`,
  predictNoInputs: () => 'no inputs: give x values as arguments, one per line on stdin, or a CSV file with --data.',
  predictHeaderOnStdin: (shown: string) =>
    `stdin line 1 is a CSV header, got ${shown}. Give the file with --data, which finds the model's input columns by name.`,
  predictDataAndInputs: () => '--data and input arguments cannot be used together. Pick one.',
  predictColumnsNeedData: () => '--x needs --data <file.csv>: it names the input columns of that file.',
  /** `columns`: the input columns --data gave (the file's, or those --x or the model's recipe named). */
  predictDataColumns: (path: string, columns: readonly string[], inputs: number) =>
    `--data ${path} gives ${columns.length} input column${columns.length === 1 ? '' : 's'} (${columns.join(', ')}), and the model takes ${inputs}. Name its input columns with --x.`,
  /** `row` names the input: a sentence of PHRASES (inputArgument, stdinLine). */
  predictInputCount: (row: Phrase, inputs: number, shown: string) =>
    `${row.text} must be ${inputs === 1 ? 'one number' : `${inputs} numbers separated by commas, tabs or spaces`}, got ${shown}: the model takes ${inputs} input${inputs === 1 ? '' : 's'}. Give inputs such as ${inputs === 1 ? '36.6' : Array(inputs).fill('0.5').join(',')}.`,
  predictOverflow: (value: number, row: Phrase, shown: string) =>
    `the model gives ${value} for ${row.text} (${shown}): its numbers overflow there. Give inputs in the range of the training data.`,
  predictLineTooLong: (line: number, most: number, shown: string) =>
    `stdin line ${line} is longer than ${most} characters, got ${shown}. Give one input per line.`,

  // export and import
  exportNeedsFormat: (endings: readonly string[], formats: readonly string[]) =>
    `--format is required unless --out ends with ${endings.join(', ')}: one of ${formats.join(', ')}.`,
  exportFloat32: (format: string) => `--float32 applies to --format onnx only, got --format ${format}. Drop --float32.`,
  exportNeedsOut: () => '--out <path> is required: the file to write (a directory for tfjs).',
  exportTfjsDirectory: (path: string, kind: Kind) =>
    `--out for tfjs names a directory for model.json and weights.bin, got ${path}, which is ${kinds[kind]}. Give a directory.`,
  importNeedsOut: () => '--out <model.json> is required: the neuronlab model file to write.',
  importUnreadable: (path: string, code: string) => `cannot read ${path} (${code}). Check the path.`,
  /** `why` is the JSON parser's own message. */
  importNotJson: (path: string, why: string) => `${path} is not JSON: ${why}. Give a TensorFlow.js model.json.`,
  importWeightsOutside: (name: string) =>
    `weights path ${name} leaves the model's folder. Keep weights beside model.json.`,
  importWeightsUnreadable: (path: string, code: string) =>
    `cannot read the weights file ${path} (${code}). Put it beside model.json.`,

  // datasets export
  datasetsNeedOut: () => '--out <file.csv> is required. Name the file to write.',
  unknownDataset: (name: string, names: readonly string[]) =>
    `unknown dataset ${name}. Valid names: ${names.join(', ')}.`,

  // runs
  logDirIsLogFile: (path: string) =>
    `${path} is a file, not a log directory. Name a directory of runs, or draw the file with neuronlab plot ${path}.`,
  noLogDirectory: (dir: string, env: string) =>
    `no log directory ${dir}. Name one (neuronlab runs DIR), or set --log-dir or ${env}.`,
  noRunAnywhere: (name: string, recipeFile: string, dir: string, env: string) =>
    `no run ${name}: not a run's directory (one with ${recipeFile}), and no log directory ${dir} to look in. Give the run's path, or its name with --log-dir or ${env}.`,
  /** `nearest`: the names most like `name`, nearest first; all of them when the directory holds `total` or fewer. */
  noRun: (name: string, dir: string, nearest: readonly string[], total: number) =>
    nearest.length === total
      ? `no run ${name} in ${dir}. Runs there: ${listOrNone(nearest)}.`
      : `no run ${name} in ${dir}. The nearest names of its ${total} runs: ${nearest.join(', ')}.`,

  // plot
  /** A path on plot's command line that is not there. */
  pathMissing: (path: string) => `${path} does not exist. Give a log file or a directory of runs.`,
  /** Paths that hold no log at all. */
  noLog: (where: string) =>
    `no training log in ${where}. Give a directory holding neuronlab runs, CSV logs with a step or epoch column or TensorBoard event files, or add --follow to wait for one.`,
  logEmpty: (path: string) =>
    `${path} is empty: there is nothing to plot. Give a log that has lines, or add --follow to wait for them.`,
  /** A file that is not the log its name (or nothing) promised; `expected` is one of logFormats. */
  notALog: (path: string, expected: string) =>
    `${path} is not ${expected}. Give a neuronlab events.jsonl, a CSV with a step or epoch column (Keras, Lightning), or a TensorBoard events.out.tfevents file.`,
  logFormats: {
    tfevents: 'a TensorBoard event file',
    'events-jsonl': 'a neuronlab events.jsonl (one JSON event per line)',
    csv: 'a CSV with a step or epoch column',
    any: 'a training log',
  },
  seriesMissing: (missing: readonly string[], have: readonly string[]) =>
    `--series names ${missing.join(', ')}, which no log holds; the logs have ${listOrNone(have)}. Pick from those.`,

  kinds,

  /**
   * commander's own errors, from their parts (see commander-words.ts). `help` is the command whose --help to read
   * (`neuronlab train`, or `neuronlab` when no command was recognised); every line ends with seeHelp.
   */
  commander: {
    unknownOption: (flag: string, suggestions: readonly string[]) =>
      `unknown option '${flag}'${didYouMean(suggestions)}`,
    unknownCommand: (name: string, suggestions: readonly string[]) =>
      `unknown command '${name}'${didYouMean(suggestions)}`,
    missingArgument: (name: string) => `missing required argument '${name}'`,
    optionMissingArgument: (flags: string) => `option '${flags}' argument missing`,
    excessArguments: (command: string | null, expected: number, got: number) =>
      `too many arguments${command === null ? '' : ` for '${command}'`}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}`,
    versionExtra: (extra: string) => `--version takes nothing else, got ${extra}`,
    seeHelp: (what: string, help: string) => `${what}. See ${help} --help for what is allowed.`,
  },
};

/** commander's suggestion, on the line: ` (did you mean --lr?)`, or nothing when it has none. */
function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  return suggestions.length === 1
    ? ` (did you mean ${suggestions[0]}?)`
    : ` (did you mean one of ${suggestions.join(', ')}?)`;
}
