import type { Command } from 'commander';
import type { RunsCliOptions } from './runs.js';
import type { SweepCliOptions } from './sweep.js';

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

/** Registers `sweep` and `runs` (with `runs show` and `runs compare`) on the program. */
export function registerRunsCommands(
  program: Command,
  done: (code: number) => void,
  dataRecipeOptions: (cmd: Command) => Command,
): void {
  dataRecipeOptions(program.command('sweep').description('train a grid of recipes side by side, each logged as a run'))
    .option('--init <model.json>', 'start every trial from a saved model')
    .option('--report-every <n>', 'epochs per progress event')
    .option('--json', 'print every trial event as JSON, tagged with its trial, then the ranking')
    .option('--log-dir <dir>', 'where the trials are kept (default: $NEURONLAB_LOG_DIR, else a new sweep-<time>)')
    .option('--jobs <n>', 'trials trained at once (default: the number of cores)')
    .option('--dry-run', 'print one "neuronlab train" command per trial instead of training')
    .option('--lang <en|ja>', "the dashboard's language (default: from LC_ALL, LC_MESSAGES or LANG)")
    .addHelpText('after', SWEEP_EXAMPLES)
    .action(async (o: SweepCliOptions) => {
      const { sweepCommand } = await import('./sweep.js');
      done(await sweepCommand(o));
    });
  const runs = program
    .command('runs')
    .description('list the runs kept in a log directory (train --log-dir, sweep)')
    .argument('[dir]', 'log directory (default: --log-dir, $NEURONLAB_LOG_DIR, else runs, else the current directory)')
    .option('--log-dir <dir>', 'log directory to read')
    .option('--sort <order>', 'started (default), name, loss (best first) or accuracy (best first)')
    .option('--debug', 'print stack traces')
    .addHelpText('after', RUNS_EXAMPLES)
    .action(async (dir: string | undefined, o: RunsCliOptions) => {
      const { runsCommand } = await import('./runs.js');
      done(runsCommand(dir, o));
    });
  runs
    .command('show')
    .description('one run in full: its settings, the command that repeats it, how it ended')
    .argument('<name>', 'run name (as the table lists it), or the path of a run directory')
    .option('--log-dir <dir>', 'log directory to read')
    .option('--debug', 'print stack traces')
    .action(async (name: string, _o: RunsCliOptions, cmd: Command) => {
      const { runsShowCommand } = await import('./runs.js');
      // --log-dir may come before or after the subcommand's name: read it from both levels
      done(runsShowCommand(name, cmd.optsWithGlobals()));
    });
  runs
    .command('compare')
    .description('the sweep dashboard over finished runs (a ranking table when piped)')
    .argument('<names...>', 'run names, or paths of run directories (e.g. sweep-*/trial-*)')
    .option('--log-dir <dir>', 'log directory to read')
    .option('--lang <en|ja>', "the dashboard's language (default: from LC_ALL, LC_MESSAGES or LANG)")
    .option('--debug', 'print stack traces')
    .action(async (names: string[], _o: RunsCliOptions, cmd: Command) => {
      const { runsCompareCommand } = await import('./runs.js');
      done(await runsCompareCommand(names, cmd.optsWithGlobals()));
    });
}

const RUNS_EXAMPLES = `
Examples:
  $ neuronlab runs runs                                  the table of runs in ./runs
  $ neuronlab runs runs --sort loss | head -4            the three best runs
  $ neuronlab runs show trial-3-lr1e-3 --log-dir runs    one run, and the command that repeats it
  $ neuronlab runs compare trial-1-lr1e-5 trial-3-lr1e-3 --log-dir runs
  $ neuronlab runs compare runs/trial-1-lr1e-5 runs/trial-3-lr1e-3   the same runs, by their directories`;
