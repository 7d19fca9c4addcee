/**
 * The words of `--help` in English: the contract of every language's help table (see messages-en.ts). A recipe flag's
 * help is lab's (its sentence, the names it takes, its defaults); this table gives the sentence in each language.
 */
import { type FlagSpec, HELP_WORDS_EN, RECIPE_FLAGS } from '@neuronlab/lab';

/** Each recipe flag's sentence, by flag: lab's English. */
const RECIPE_SENTENCES: Readonly<Record<string, string>> = Object.fromEntries(
  RECIPE_FLAGS.map((spec: FlagSpec) => [spec.flag, spec.helpParts.about]),
);

const TRAIN_EXAMPLES = `
Examples:
  $ neuronlab train                                  the tutorial: one neuron learns °C → °F
  $ neuronlab train --lr 1e-3                        a 10× larger step reaches (1.8, 32)
  $ neuronlab train --lr 1.3e-3                      too large: watch it diverge
  $ neuronlab train --normalize --lr 0.1 --epochs 200  standardized inputs allow a big step: done in 200
  $ neuronlab train --dataset spiral --normalize --hidden 16,16 --epochs 200 --test-split 0.3
  $ neuronlab train --data temps.csv --x celsius --y fahrenheit --save model.json
  $ neuronlab train --json | tail -1                 machine-readable events, one per line

Keys in the dashboard: space pause/resume · n one step · +/- speed · l log scale · s save · q quit`;

const STEP_EXAMPLES = `
Examples:
  $ neuronlab step                                 the tutorial's first step, every number
  $ neuronlab step --at 100 --digits 6             the step after 100 epochs, rounded
  $ neuronlab step --gradient tutorial-mistake     where the published gradient goes wrong
  $ neuronlab step --model follow-up --sample 7    the 1-2-1 network, following sample 7
  $ neuronlab step --dataset moons --at 3 --json   an mlp with Adam, as JSON
  $ neuronlab step --data temps.csv                the first step on your own data
  $ neuronlab step --init model.json               the first step from a saved model
  $ neuronlab step --lang ja                       the same step, in Japanese`;

const PLOT_EXAMPLES = `
Examples:
  $ neuronlab plot runs/                              every run under runs/, one chart per metric
  $ neuronlab plot lightning_logs/ --follow --series train_loss,val_loss
  $ neuronlab plot training.log --json | head         Keras's CSVLogger file as JSON points`;

const SWEEP_EXAMPLES = `
Lists and ranges (the grid is their product):
  --lr 1e-5,1e-4,1e-3      a list          --lr 1e-5..1e-2:log4   4 rates evenly spaced in log scale
  --seed 1..5              whole numbers   --epochs 100..500:3    3 evenly spaced values
  --hidden '4;8;16,16'     --hidden, --activation and --features lists are separated by ;
                           (one value is itself a comma list: --features 'x1,x2;x1,x2,x1^2')

Examples:
  $ neuronlab sweep --lr 1e-5,1e-4,1e-3,1.2e-3,1.3e-3     the tutorial's neuron at five rates
  $ neuronlab sweep --dataset moons --hidden '4;8;16,16' --optimizer sgd,adam --seed 1..3 --json
  $ neuronlab sweep --lr 1e-5..1e-2:log6 --dry-run --log-dir runs | parallel -j 4

Keys in the dashboard: space pause/resume all · ↑/↓ select · enter open the trial · esc back · q quit`;

const RUNS_EXAMPLES = `
Examples:
  $ neuronlab runs runs                                  the table of runs in ./runs
  $ neuronlab runs runs --sort loss | head -4            the three best runs
  $ neuronlab runs show trial-3-lr1e-3 --log-dir runs    one run, and the command that repeats it
  $ neuronlab runs compare trial-1-lr1e-5 trial-3-lr1e-3 --log-dir runs
  $ neuronlab runs compare runs/trial-1-lr1e-5 runs/trial-3-lr1e-3   the same runs, by their directories`;

export const helpEn = {
  /** commander's headings, by their English. */
  titles: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Arguments:': 'Arguments:',
    'Commands:': 'Commands:',
    'Global Options:': 'Global Options:',
  } as Readonly<Record<string, string>>,
  /** Each recipe flag's sentence, by flag; lab's parts add the names it takes and its defaults, in `defaults`. */
  recipeSentences: RECIPE_SENTENCES,
  defaults: HELP_WORDS_EN,
  helpOption: 'display help for command',
  version: 'output the version number',
  debug: 'print stack traces',
  program: 'Watch a neural network learn, live in your terminal.',
  data: {
    data: 'train on a CSV file instead of a generator',
    x: 'CSV feature columns, by name or index (default: all but --y)',
    y: 'CSV target column (default: the last)',
    task: 'CSV task: regression, binary or multiclass (default regression)',
    classes: 'multiclass labels in output order, comma-separated (default: those found, sorted)',
  },
  train: {
    description: 'train a model and watch it learn (the tutorial by default)',
    init: 'go on from a saved model, and its recipe for the flags left out (the defaults when --dataset or --data names other data)',
    save: 'save the trained model (atomically) at the end, on s, or when interrupted',
    speed: 'pace of the dashboard (default: the run in about 4 s)',
    reportEvery: 'epochs per progress event',
    json: 'print one trainer event per line as JSON',
    logDir: 'keep the run in a new directory under <dir> (default: $NEURONLAB_LOG_DIR, if set)',
    runName: "name of the run's directory (default: dataset, model, rate and time)",
    lang: "the dashboard's language (default: from LC_ALL, LC_MESSAGES or LANG)",
    examples: TRAIN_EXAMPLES,
  },
  predict: {
    summary: 'predict with a saved model; x values as arguments, one per line on stdin, or a CSV file',
    description:
      'predict with a saved model; x values as arguments, one per line on stdin (a line’s numbers separated by commas, tabs or spaces), or the rows of a CSV file. A regression model prints its values in the units of its data, a classifier the class of each input, one line per input.',
    inputs: 'inputs: a number, or x1,x2 for several inputs',
    model: 'model file written by "neuronlab train --save"',
    probabilities: "a classifier's outputs instead of its classes: p(class 1), or one per class in order",
    data: 'predict every row of a CSV file (columns the model does not read, such as a target, are left out)',
    columns:
      "the file's input columns, by name or index (default: those the model was trained on, found by name, else every column)",
    examples:
      '\nExamples:\n  $ neuronlab predict --model model.json 0 100\n  $ seq -10 10 | neuronlab predict --model model.json\n  $ neuronlab predict --model moons.json 0.5,0.25 --probabilities\n  $ neuronlab predict --model houses.json --data new-houses.csv --x rooms,area_m2',
  },
  datasets: {
    description: 'list the dataset generators with their options',
    exportDescription: 'write a generated dataset as CSV',
    name: 'generator name',
    out: 'file to write',
    option: 'generator option, repeatable',
    seed: 'seed (default 42)',
    example: '\nExample:\n  $ neuronlab datasets export spiral --out spiral.csv --option noise=0.2 --seed 7',
  },
  export: {
    description: 'write a saved model for another runtime: ONNX, TensorFlow.js, or a JavaScript/TypeScript module',
    model: 'model file written by "neuronlab train --save"',
    format: 'onnx, tfjs, js or ts (default: from --out ending .onnx, .js, .mjs, .ts or .mts)',
    out: 'file to write; for tfjs a directory, which gets model.json and weights.bin',
    float32: 'ONNX with float32 tensors (default float64, exact)',
    examples:
      '\nExamples:\n  $ neuronlab export model.json --out model.onnx\n  $ neuronlab export model.json --format tfjs --out web-model\n  $ neuronlab export model.json --out predict.js',
  },
  import: {
    description: 'turn a TensorFlow.js Layers model of Dense layers into a neuronlab model file',
    model: 'TensorFlow.js model.json, its weights files beside it',
    out: 'neuronlab model file to write',
    example: '\nExample:\n  $ neuronlab import web-model/model.json --out model.json',
  },
  gradcheck: {
    description: 'compare the model’s analytic gradients with finite differences',
    init: 'check a saved model at its parameters, with its recipe for the flags left out (the defaults when --dataset or --data names other data)',
    examples:
      '\nExamples:\n  $ neuronlab gradcheck\n  $ neuronlab gradcheck --gradient tutorial-mistake     the tutorial’s slip, caught\n  $ neuronlab gradcheck --dataset moons --model mlp\n  $ neuronlab gradcheck --init model.json              a saved model, at its parameters',
  },
  plot: {
    description: 'draw the curves of training logs: neuronlab, Keras or Lightning CSV, TensorBoard event files',
    paths: 'log files, or directories of runs (each subdirectory with logs is a run)',
    follow: 'keep watching: redraw as lines arrive, from files that grow and runs that appear',
    series: 'the series to draw, comma-separated (default: all)',
    json: 'print the points as JSON lines {run, series, step, value, wallTime} instead of drawing',
    lang: "the screen's language (default: from LC_ALL, LC_MESSAGES or LANG; --json is English)",
    examples: PLOT_EXAMPLES,
  },
  step: {
    description: 'one training step spelled out: forward, loss, backward, update',
    init: 'start from a saved model, and its recipe for the flags left out (the defaults when --dataset or --data names other data)',
    at: 'take the step after this many epochs of training (default 0)',
    sample: 'follow this row of the step’s batch (default: every row of the neuron, row 0 of a network)',
    digits: 'round numbers to n significant digits (default: exact)',
    json: 'print the recipe and the step’s numbers as one JSON document',
    lang: "the text's language (default: from LC_ALL, LC_MESSAGES or LANG; --json is English)",
    examples: STEP_EXAMPLES,
  },
  sweep: {
    description: 'train a grid of recipes side by side, each logged as a run',
    init: 'start every trial from a saved model',
    reportEvery: 'epochs per progress event',
    json: 'print every trial event as JSON, tagged with its trial, then the ranking',
    logDir: 'where the trials are kept (default: $NEURONLAB_LOG_DIR, else a new sweep-<time>)',
    jobs: 'trials trained at once (default: the number of cores)',
    dryRun: 'print one "neuronlab train" command per trial instead of training',
    lang: "the dashboard's language (default: from LC_ALL, LC_MESSAGES or LANG)",
    examples: SWEEP_EXAMPLES,
  },
  runs: {
    description: 'list the runs kept in a log directory (train --log-dir, sweep)',
    dir: 'log directory (default: --log-dir, $NEURONLAB_LOG_DIR, else runs, else the current directory)',
    logDir: 'log directory to read',
    sort: 'started (default), name, loss (best first) or accuracy (best first)',
    examples: RUNS_EXAMPLES,
    showDescription: 'one run in full: its settings, the command that repeats it, how it ended',
    name: 'run name (as the table lists it), or the path of a run directory',
    compareDescription: 'the sweep dashboard over finished runs (a ranking table when piped)',
    names: 'run names, or paths of run directories (e.g. sweep-*/trial-*)',
    lang: "the dashboard's language (default: from LC_ALL, LC_MESSAGES or LANG)",
  },
};
