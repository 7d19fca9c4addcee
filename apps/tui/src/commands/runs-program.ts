import type { Command } from 'commander';
import type { Messages } from '../i18n/messages-en.js';
import type { RunsCliOptions } from './runs.js';
import type { SweepCliOptions } from './sweep.js';

/** Registers `sweep` and `runs` (with `runs show` and `runs compare`) on the program, their help in the words of `h`. */
export function registerRunsCommands(
  program: Command,
  done: (code: number) => void,
  dataRecipeOptions: (cmd: Command) => Command,
  h: Messages['help'],
): void {
  dataRecipeOptions(program.command('sweep').description(h.sweep.description))
    .option('--init <model.json>', h.sweep.init)
    .option('--report-every <n>', h.sweep.reportEvery)
    .option('--json', h.sweep.json)
    .option('--log-dir <dir>', h.sweep.logDir)
    .option('--jobs <n>', h.sweep.jobs)
    .option('--dry-run', h.sweep.dryRun)
    .option('--lang <en|ja>', h.sweep.lang)
    .addHelpText('after', h.sweep.examples)
    .action(async (o: SweepCliOptions) => {
      const { sweepCommand } = await import('./sweep.js');
      done(await sweepCommand(o));
    });
  const runs = program
    .command('runs')
    .description(h.runs.description)
    .argument('[dir]', h.runs.dir)
    .option('--log-dir <dir>', h.runs.logDir)
    .option('--sort <order>', h.runs.sort)
    .option('--debug', h.debug)
    .addHelpText('after', h.runs.examples)
    .action(async (dir: string | undefined, o: RunsCliOptions) => {
      const { runsCommand } = await import('./runs.js');
      done(runsCommand(dir, o));
    });
  runs
    .command('show')
    .description(h.runs.showDescription)
    .argument('<name>', h.runs.name)
    .option('--log-dir <dir>', h.runs.logDir)
    .option('--debug', h.debug)
    .action(async (name: string, _o: RunsCliOptions, cmd: Command) => {
      const { runsShowCommand } = await import('./runs.js');
      // --log-dir may come before or after the subcommand's name: read it from both levels
      done(runsShowCommand(name, cmd.optsWithGlobals()));
    });
  runs
    .command('compare')
    .description(h.runs.compareDescription)
    .argument('<names...>', h.runs.names)
    .option('--log-dir <dir>', h.runs.logDir)
    .option('--lang <en|ja>', h.runs.lang)
    .option('--debug', h.debug)
    .action(async (names: string[], _o: RunsCliOptions, cmd: Command) => {
      const { runsCompareCommand } = await import('./runs.js');
      done(await runsCompareCommand(names, cmd.optsWithGlobals()));
    });
}
