import { stripVTControlCharacters } from 'node:util';
import { helpText, RECIPE_FLAGS } from '@neuronlab/lab';
import { Command, CommanderError } from 'commander';
import { commanderWhat } from './commander-words.js';
import { registerRunsCommands } from './commands/runs-program.js';
import { en, type Messages } from './i18n/messages-en.js';
import { displayWidth, wrapLine } from './text-width.js';

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

/** The words of --help (see help-en.ts). */
type Help = Messages['help'];

/** The recipe flags shared by `train`, `step` and `gradcheck`, one per row of lab's recipe table, with its help. */
function recipeOptions(cmd: Command, h: Help): Command {
  for (const spec of RECIPE_FLAGS) {
    const flags = `${spec.short ? `${spec.short}, ` : ''}${spec.flag} ${spec.arg}`;
    const about = h.recipeSentences[spec.flag] ?? spec.helpParts.about;
    const help = helpText({ ...spec.helpParts, about }, h.defaults);
    if (spec.repeatable) cmd.option(flags, help, collect);
    else cmd.option(flags, help);
  }
  return cmd.option('--debug', h.debug);
}

/** The recipe flags and the CSV data flags of `train` and `sweep`. */
function dataRecipeOptions(cmd: Command, h: Help): Command {
  return recipeOptions(cmd, h)
    .option('--data <file.csv>', h.data.data)
    .option('--x <columns>', h.data.x)
    .option('--y <column>', h.data.y)
    .option('--task <kind>', h.data.task)
    .option('--classes <labels>', h.data.classes);
}

/**
 * commander's own words (headings, the help and version flags) in the words of `h`, and its lines measured and
 * wrapped by display width: a Japanese character takes two columns, and Japanese has no spaces to break at.
 */
function helpWords(cmd: Command, h: Help): Command {
  return cmd
    .configureHelp({
      styleTitle: (title) => h.titles[title] ?? title,
      displayWidth: (text) => displayWidth(stripVTControlCharacters(text)),
      boxWrap: (text, width) =>
        text
          .split('\n')
          .map((line) => wrapLine(line, width).join('\n'))
          .join('\n'),
    })
    .helpOption('-h, --help', h.helpOption);
}

/**
 * Builds the `neuronlab` command for the command line `argv`; each action stores its exit code through `done`. An
 * action imports its command's module when it runs, so `--help`, `--version` and a light command such as `datasets`
 * or `predict` do not load the others (about a third of the modules a command line used to load).
 */
export function buildProgram(done: (code: number) => void, argv: readonly string[] = [], h: Help = en.help): Command {
  const program = new Command('neuronlab').description(h.program);
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
  // set before any subcommand is made: each takes the program's settings, these words among them
  helpWords(program, h)
    .helpCommand('help [command]', h.helpOption)
    .version('0.1.0', '-V, --version', h.version)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  dataRecipeOptions(program.command('train').description(h.train.description), h)
    .option('--init <model.json>', h.train.init)
    .option('--save <model.json>', h.train.save)
    .option('--speed <epochs-per-second|max>', h.train.speed)
    .option('--report-every <n>', h.train.reportEvery)
    .option('--json', h.train.json)
    .option('--log-dir <dir>', h.train.logDir)
    .option('--run-name <name>', h.train.runName)
    .option('--lang <en|ja>', h.train.lang)
    .addHelpText('after', h.train.examples)
    .action(async (o) => done(await (await import('./commands/train.js')).trainCommand(o)));
  // made by hand, so it takes the program's settings (exit override, output) the way .command() would give them
  const predict = new InputsCommand('predict').copyInheritedSettings(program);
  program.addCommand(predict);
  predict
    .summary(h.predict.summary)
    .description(h.predict.description)
    .argument('[x...]', h.predict.inputs)
    .option('--model <file>', h.predict.model)
    .option('--probabilities', h.predict.probabilities)
    .option('--data <file.csv>', h.predict.data)
    .option('--x <columns>', h.predict.columns)
    .option('--debug', h.debug)
    .addHelpText('after', h.predict.examples)
    .action(async (x: string[], o) => done(await (await import('./commands/predict.js')).predictCommand(x, o)));
  const datasets = program
    .command('datasets')
    .description(h.datasets.description)
    .action(async () => {
      const { datasetsText } = await import('./commands/datasets.js');
      const { terminalMessages } = await import('./i18n/messages.js');
      process.stdout.write(datasetsText(terminalMessages()));
      done(0);
    });
  datasets
    .command('export')
    .description(h.datasets.exportDescription)
    .argument('<name>', h.datasets.name)
    .option('--out <file.csv>', h.datasets.out)
    .option('-o, --option <key=value>', h.datasets.option, collect)
    .option('--seed <n>', h.datasets.seed)
    .option('--debug', h.debug)
    .addHelpText('after', h.datasets.example)
    .action(async (name: string, o) => done(await (await import('./commands/datasets.js')).exportCommand(name, o)));
  program
    .command('export')
    .description(h.export.description)
    .argument('<model.json>', h.export.model)
    .option('--format <format>', h.export.format)
    .option('--out <path>', h.export.out)
    .option('--float32', h.export.float32)
    .option('--debug', h.debug)
    .addHelpText('after', h.export.examples)
    .action(async (model: string, o) =>
      done(await (await import('./commands/export-model.js')).exportModelCommand(model, o)),
    );
  program
    .command('import')
    .description(h.import.description)
    .argument('<model.json>', h.import.model)
    .option('--out <model.json>', h.import.out)
    .option('--debug', h.debug)
    .addHelpText('after', h.import.example)
    .action(async (model: string, o) =>
      done(await (await import('./commands/import-model.js')).importModelCommand(model, o)),
    );
  dataRecipeOptions(program.command('gradcheck').description(h.gradcheck.description), h)
    .option('--init <model.json>', h.gradcheck.init)
    .addHelpText('after', h.gradcheck.examples)
    .action(async (o) => done(await (await import('./commands/gradcheck.js')).gradcheckCommand(o)));
  program
    .command('plot')
    .description(h.plot.description)
    .argument('<paths...>', h.plot.paths)
    .option('--follow', h.plot.follow)
    .option('--series <names>', h.plot.series)
    .option('--json', h.plot.json)
    .option('--lang <en|ja>', h.plot.lang)
    .option('--debug', h.debug)
    .addHelpText('after', h.plot.examples)
    .action(async (paths: string[], o) => done(await (await import('./commands/plot.js')).plotCommand(paths, o)));
  dataRecipeOptions(program.command('step').description(h.step.description), h)
    .option('--init <model.json>', h.step.init)
    .option('--at <epoch>', h.step.at)
    .option('--sample <i>', h.step.sample)
    .option('--digits <n>', h.step.digits)
    .option('--json', h.step.json)
    .option('--lang <en|ja>', h.step.lang)
    .addHelpText('after', h.step.examples)
    .action(async (o) => done(await (await import('./commands/step.js')).stepCommand(o)));
  registerRunsCommands(program, done, (cmd) => dataRecipeOptions(cmd, h), h);
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
