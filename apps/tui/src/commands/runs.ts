import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkChoice } from '@neuronlab/core';
import { EXIT, reportError, usageError } from '../errors.js';
import { chooseLocale, type Locale } from '../i18n/locale.js';
import { errorWords, messagesFor, terminalMessages } from '../i18n/messages.js';
import { LOG_DIR_ENV, logDirFrom } from '../runlog/run-dir.js';
import { RUN_FILES } from '../runlog/run-record.js';
import { nearestNames } from '../runs/near-names.js';
import { differingSettings, listRuns, readRun, runAsTrial, type StoredRun } from '../runs/read-run.js';
import { runsTable, runText } from '../runs/runs-table.js';
import { RUN_ORDERS, sortRuns } from '../runs/sort-runs.js';
import { rankingText } from '../sweep/sweep-text.js';

/** Options of the `runs` commands. */
export interface RunsCliOptions {
  readonly logDir?: string;
  /** `runs`'s order of rows (see RUN_ORDERS). */
  readonly sort?: string;
  readonly debug?: boolean;
  /** `runs compare`'s dashboard language. */
  readonly lang?: string;
}

/** The log directory to read: the argument, --log-dir, NEURONLAB_LOG_DIR, else `runs`. */
function rootOf(dir: string | undefined, o: RunsCliOptions): string {
  const root = dir ?? logDirFrom(o.logDir)?.path ?? 'runs';
  // a file here is most likely a training log meant for plot
  if (existsSync(root) && !statSync(root).isDirectory()) throw usageError('logDirIsLogFile', JSON.stringify(root));
  if (!isDirectory(root)) throw usageError('noLogDirectory', JSON.stringify(root), LOG_DIR_ENV);
  return root;
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** How many run names a "no run" line offers: enough to hold a sweep's neighbours, few enough for one line. */
const NAMES_SHOWN = 5;

/**
 * The runs `names` name, in the order given: a name the log directory lists (when there is one), else the path of a
 * run's own directory, so `runs compare runs/sweep-1/trial-*` works from anywhere. A name that is neither is one
 * line listing what the log directory holds.
 */
function findRuns(o: RunsCliOptions, names: readonly string[]): StoredRun[] {
  // a log directory named by --log-dir or the environment must exist; the default one need not, when paths are given
  const root = logDirFrom(o.logDir) === null ? 'runs' : rootOf(undefined, o);
  const runs = isDirectory(root) ? listRuns(root) : [];
  return names.map((name) => {
    const run = runs.find((r) => r.name === name) ?? runs.find((r) => r.name.endsWith(`/${name}`));
    if (run !== undefined) return run;
    const path = name.replace(/(.)\/+$/, '$1');
    const own = isDirectory(path) ? readRun(path, path) : null;
    if (own !== null) return own;
    if (!isDirectory(root)) {
      throw usageError('noRunAnywhere', JSON.stringify(name), RUN_FILES.recipe, JSON.stringify(root), LOG_DIR_ENV);
    }
    const near = nearestNames(
      name,
      runs.map((r) => r.name),
      NAMES_SHOWN,
    );
    throw usageError('noRun', JSON.stringify(name), JSON.stringify(root), near, runs.length);
  });
}

/** `neuronlab runs [DIR]`: the table of runs. */
export function runsCommand(dir: string | undefined, o: RunsCliOptions): number {
  try {
    // with no directory named, the runs here (a sweep's sweep-<time>, say) when there is no ./runs to read
    const here = dir === undefined && logDirFrom(o.logDir) === null && !isDirectory('runs') ? listRuns('.') : [];
    const root = here.length > 0 ? '.' : rootOf(dir, o);
    const order = checkChoice('--sort', o.sort ?? 'started', RUN_ORDERS);
    const runs = sortRuns(here.length > 0 ? here : listRuns(root), order);
    // a terminal gets the table fitted to its width; a pipe gets every column whole, for scripts
    const width = process.stdout.isTTY === true ? process.stdout.columns : undefined;
    const w = terminalMessages();
    process.stdout.write(runs.length === 0 ? `${w.runs.none(root)}\n` : runsTable(runs, width, w));
    return EXIT.ok;
  } catch (error) {
    return reportError('neuronlab runs', error, o.debug ?? false, undefined, errorWords(undefined, false));
  }
}

/** `neuronlab runs show NAME`: one run in full. */
export function runsShowCommand(name: string, o: RunsCliOptions): number {
  try {
    const [run] = findRuns(o, [name]);
    process.stdout.write(runText(run!, terminalMessages()));
    return EXIT.ok;
  } catch (error) {
    return reportError('neuronlab runs show', error, o.debug ?? false, undefined, errorWords(undefined, false));
  }
}

/** `neuronlab runs compare NAME…`: the sweep dashboard over finished runs (a ranking table when piped). */
export async function runsCompareCommand(names: readonly string[], o: RunsCliOptions): Promise<number> {
  let locale: Locale;
  try {
    locale = chooseLocale(o.lang, process.env);
  } catch (error) {
    return reportError('neuronlab runs compare', error, o.debug ?? false, EXIT.usage, errorWords(o.lang, false));
  }
  try {
    const runs = findRuns(o, names);
    const settings = differingSettings(runs);
    const trials = runs.map((run, i) => runAsTrial(run, i + 1, settings[i]));
    if (process.stdout.isTTY === true && process.stdin.isTTY === true) {
      const { showComparison } = await import('../sweep/sweep-screen.js');
      // the loss's name when every run trained on the same one (the chart's heading), else the neutral word
      const losses = new Set(runs.map((run) => run.record.recipe.loss));
      await showComparison(trials, losses.size === 1 ? [...losses][0]! : 'loss', messagesFor(locale));
    } else {
      // where the runs are, when they sit in one directory
      const parents = new Set(runs.map((run) => dirname(run.dir)));
      const root = parents.size === 1 ? [...parents][0]! : null;
      process.stdout.write(`${rankingText(trials, root, messagesFor(locale).sweep)}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    return reportError('neuronlab runs compare', error, o.debug ?? false, undefined, errorWords(o.lang, false));
  }
}
