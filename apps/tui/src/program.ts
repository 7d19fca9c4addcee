import { RECIPE_FLAGS } from '@neuronlab/lab';
import { Command, CommanderError } from 'commander';
import { commanderWhat } from './commander-words.js';
import { registerRunsCommands } from './commands/runs-program.js';
import { en, type Messages } from './i18n/messages-en.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

// an input of several values whose first is negative (-1,0.3): commander takes a lone negative number for an
// argument, but anything else that starts with '-' for an option
const NEGATIVE_INPUTS = /^-(\d|\.\d)[^,]*(,[^,]+)+$/;

/**
 * `predict`'s command: arguments such as `-1,0.3` are inputs, not unknown options. They are held out of commander's
 * option parsing under a placeholder that cannot look like an option, and put back in place afterwards.
 */
class InputsCommand extends Command {
  override parseOptions(args: string[]): { operands: string[]; unknown: string[] } {
    const held: string[] = [];
    const masked = args.map((a) => (NEGATIVE_INPUTS.test(a) ? `\u0000${held.push(a) - 1}` : a));
    const { operands, unknown } = super.parseOptions(masked);
    const unmask = (a: string) => (a.startsWith('\u0000') ? held[Number(a.slice(1))]! : a);
    return { operands: operands.map(unmask), unknown: unknown.map(unmask) };
  }
}

/** The recipe flags shared by `train`, `step` and `gradcheck`, one per row of lab's recipe table, with its help. */
function recipeOptions(cmd: Command): Command {
  for (const spec of RECIPE_FLAGS) {
    const flags = `${spec.short ? `${spec.short}, ` : ''}${spec.flag} ${spec.arg}`;
    if (spec.repeatable) cmd.option(flags, spec.help, collect);
    else cmd.option(flags, spec.help);
  }
  return cmd.option('--debug', 'print stack traces');
}

/** The recipe flags and the CSV data flags of `train` and `sweep`. */
function dataRecipeOptions(cmd: Command): Command {
  return recipeOptions(cmd)
    .option('--data <file.csv>', 'train on a CSV file instead of a generator')
    .option('--x <columns>', 'CSV feature columns, by name or index (default: all but --y)')
    .option('--y <column>', 'CSV target column (default: the last)')
    .option('--task <kind>', 'CSV task: regression, binary or multiclass (default regression)')
    .option('--classes <labels>', 'multiclass labels in output order, comma-separated (default: those found, sorted)');
}

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

const PLOT_EXAMPLES = `
Examples:
  $ neuronlab plot runs/                              every run under runs/, one chart per metric
  $ neuronlab plot lightning_logs/ --follow --series train_loss,val_loss
  $ neuronlab plot training.log --json | head         Keras's CSVLogger file as JSON points`;
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

/**
 * Builds the `neuronlab` command for the command line `argv`; each action stores its exit code through `done`. An
 * action imports its command's module when it runs, so `--help`, `--version` and a light command such as `datasets`
 * or `predict` do not load the others (about a third of the modules a command line used to load).
 */
export function buildProgram(done: (code: number) => void, argv: readonly string[] = []): Command {
  const program = new Command('neuronlab').description('Watch a neural network learn, live in your terminal.');
  // Runs before commander's own version listener, which would print the version and ignore anything typed after it
  program.on('option:version', () => {
    const extra = argv.slice(2).filter((a) => a !== '--version' && a !== '-V');
    if (extra.length > 0) {
      throw new CommanderError(
        2,
        'neuronlab.version',
        `--version takes nothing else, got ${JSON.stringify(extra.join(' '))}`,
      );
    }
  });
  program
    .version('0.1.0')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  dataRecipeOptions(program.command('train').description('train a model and watch it learn (the tutorial by default)'))
    .option(
      '--init <model.json>',
      'go on from a saved model, and its recipe for the flags left out (the defaults when --dataset or --data names other data)',
    )
    .option('--save <model.json>', 'save the trained model (atomically) at the end, on s, or when interrupted')
    .option('--speed <epochs-per-second|max>', 'pace of the dashboard (default: the run in about 4 s)')
    .option('--report-every <n>', 'epochs per progress event')
    .option('--json', 'print one trainer event per line as JSON')
    .option('--log-dir <dir>', 'keep the run in a new directory under <dir> (default: $NEURONLAB_LOG_DIR, if set)')
    .option('--run-name <name>', "name of the run's directory (default: dataset, model, rate and time)")
    .option('--lang <en|ja>', "the dashboard's language (default: from LC_ALL, LC_MESSAGES or LANG)")
    .addHelpText('after', TRAIN_EXAMPLES)
    .action(async (o) => done(await (await import('./commands/train.js')).trainCommand(o)));
  // made by hand, so it takes the program's settings (exit override, output) the way .command() would give them
  const predict = new InputsCommand('predict').copyInheritedSettings(program);
  program.addCommand(predict);
  predict
    .summary('predict with a saved model; x values as arguments, one per line on stdin, or a CSV file')
    .description(
      'predict with a saved model; x values as arguments, one per line on stdin (a line’s numbers separated by commas, tabs or spaces), or the rows of a CSV file. A regression model prints its values in the units of its data, a classifier the class of each input, one line per input.',
    )
    .argument('[x...]', 'inputs: a number, or x1,x2 for several inputs')
    .option('--model <file>', 'model file written by "neuronlab train --save"')
    .option('--probabilities', "a classifier's outputs instead of its classes: p(class 1), or one per class in order")
    .option(
      '--data <file.csv>',
      'predict every row of a CSV file (other columns, such as a target, are left out by --x)',
    )
    .option(
      '--x <columns>',
      "the file's input columns, by name or index (default: those the model was trained with --x on, else every column)",
    )
    .option('--debug', 'print stack traces')
    .addHelpText(
      'after',
      '\nExamples:\n  $ neuronlab predict --model model.json 0 100\n  $ seq -10 10 | neuronlab predict --model model.json\n  $ neuronlab predict --model moons.json 0.5,0.25 --probabilities\n  $ neuronlab predict --model houses.json --data new-houses.csv --x rooms,area_m2',
    )
    .action(async (x: string[], o) => done(await (await import('./commands/predict.js')).predictCommand(x, o)));
  const datasets = program
    .command('datasets')
    .description('list the dataset generators with their options')
    .action(async () => {
      const { datasetsText } = await import('./commands/datasets.js');
      const { terminalMessages } = await import('./i18n/messages.js');
      process.stdout.write(datasetsText(terminalMessages()));
      done(0);
    });
  datasets
    .command('export')
    .description('write a generated dataset as CSV')
    .argument('<name>', 'generator name')
    .option('--out <file.csv>', 'file to write')
    .option('-o, --option <key=value>', 'generator option, repeatable', collect)
    .option('--seed <n>', 'seed (default 42)')
    .option('--debug', 'print stack traces')
    .addHelpText(
      'after',
      '\nExample:\n  $ neuronlab datasets export spiral --out spiral.csv --option noise=0.2 --seed 7',
    )
    .action(async (name: string, o) => done(await (await import('./commands/datasets.js')).exportCommand(name, o)));
  program
    .command('export')
    .description('write a saved model for another runtime: ONNX, TensorFlow.js, or a JavaScript/TypeScript module')
    .argument('<model.json>', 'model file written by "neuronlab train --save"')
    .option('--format <format>', 'onnx, tfjs, js or ts (default: from --out ending .onnx, .js, .mjs, .ts or .mts)')
    .option('--out <path>', 'file to write; for tfjs a directory, which gets model.json and weights.bin')
    .option('--float32', 'ONNX with float32 tensors (default float64, exact)')
    .option('--debug', 'print stack traces')
    .addHelpText(
      'after',
      '\nExamples:\n  $ neuronlab export model.json --out model.onnx\n  $ neuronlab export model.json --format tfjs --out web-model\n  $ neuronlab export model.json --out predict.js',
    )
    .action(async (model: string, o) =>
      done(await (await import('./commands/export-model.js')).exportModelCommand(model, o)),
    );
  program
    .command('import')
    .description('turn a TensorFlow.js Layers model of Dense layers into a neuronlab model file')
    .argument('<model.json>', 'TensorFlow.js model.json, its weights files beside it')
    .option('--out <model.json>', 'neuronlab model file to write')
    .option('--debug', 'print stack traces')
    .addHelpText('after', '\nExample:\n  $ neuronlab import web-model/model.json --out model.json')
    .action(async (model: string, o) =>
      done(await (await import('./commands/import-model.js')).importModelCommand(model, o)),
    );
  dataRecipeOptions(
    program.command('gradcheck').description('compare the model’s analytic gradients with finite differences'),
  )
    .option(
      '--init <model.json>',
      'check a saved model at its parameters, with its recipe for the flags left out (the defaults when --dataset or --data names other data)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ neuronlab gradcheck\n  $ neuronlab gradcheck --gradient tutorial-mistake     the tutorial’s slip, caught\n  $ neuronlab gradcheck --dataset moons --model mlp\n  $ neuronlab gradcheck --init model.json              a saved model, at its parameters',
    )
    .action(async (o) => done(await (await import('./commands/gradcheck.js')).gradcheckCommand(o)));
  program
    .command('plot')
    .description('draw the curves of training logs: neuronlab, Keras or Lightning CSV, TensorBoard event files')
    .argument('<paths...>', 'log files, or directories of runs (each subdirectory with logs is a run)')
    .option('--follow', 'keep watching: redraw as lines arrive, from files that grow and runs that appear')
    .option('--series <names>', 'the series to draw, comma-separated (default: all)')
    .option('--json', 'print the points as JSON lines {run, series, step, value, wallTime} instead of drawing')
    .option('--lang <en|ja>', "the screen's language (default: from LC_ALL, LC_MESSAGES or LANG; --json is English)")
    .option('--debug', 'print stack traces')
    .addHelpText('after', PLOT_EXAMPLES)
    .action(async (paths: string[], o) => done(await (await import('./commands/plot.js')).plotCommand(paths, o)));
  dataRecipeOptions(
    program.command('step').description('one training step spelled out: forward, loss, backward, update'),
  )
    .option(
      '--init <model.json>',
      'start from a saved model, and its recipe for the flags left out (the defaults when --dataset or --data names other data)',
    )
    .option('--at <epoch>', 'take the step after this many epochs of training (default 0)')
    .option(
      '--sample <i>',
      'follow this row of the step’s batch (default: every row of the neuron, row 0 of a network)',
    )
    .option('--digits <n>', 'round numbers to n significant digits (default: exact)')
    .option('--json', 'print the recipe and the step’s numbers as one JSON document')
    .option('--lang <en|ja>', "the text's language (default: from LC_ALL, LC_MESSAGES or LANG; --json is English)")
    .addHelpText('after', STEP_EXAMPLES)
    .action(async (o) => done(await (await import('./commands/step.js')).stepCommand(o)));
  registerRunsCommands(program, done, dataRecipeOptions);
  return program;
}

/**
 * Turns commander's own errors (unknown flag, missing value) into our one-line format in the words of `t`, ending
 * with where to look (`command`'s --help, or the program's when the command is unknown); null for help/version.
 */
export function commanderErrorLine(
  error: CommanderError,
  command?: string,
  t: Messages['errors']['commander'] = en.errors.commander,
): string | null {
  if (
    error.code === 'commander.helpDisplayed' ||
    error.code === 'commander.version' ||
    error.code === 'commander.help'
  ) {
    return null;
  }
  const help = command ? `neuronlab ${command}` : 'neuronlab';
  return `neuronlab: ${t.seeHelp(commanderWhat(error, t), help)}`;
}

export { CommanderError };
