import { availableParallelism } from 'node:os';
import { parseNumber } from '@neuronlab/core';
import { shellLine } from '@neuronlab/lab';
import type { TrainCliOptions } from '../config.js';
import { EXIT, reportError } from '../errors.js';
import { chooseLocale, type Locale } from '../i18n/locale.js';
import { errorWords, messagesFor } from '../i18n/messages.js';
import type { Messages } from '../i18n/messages-en.js';
import { runAdviceText } from '../i18n/run-advice-text.js';
import { ChunkedWriter, onStdoutFailure } from '../modes/output.js';
import { checkLogRoot, logDirFrom } from '../runlog/run-dir.js';
import { RunLog, repeatArgs } from '../runlog/run-log.js';
import { routeSignals, type StopSignal, signalExitCode } from '../signals.js';
import { type PlannedTrial, planSweep } from '../sweep/sweep-plan.js';
import { SweepRun, type SweepTrial, trialPool } from '../sweep/sweep-run.js';
import { rankingJsonLine, rankingText, sweepJsonLine, trialEndText } from '../sweep/sweep-text.js';
import { newTrial } from '../sweep/trial-state.js';

const WHERE = 'neuronlab sweep';

/** The options of `neuronlab sweep`: train's, with lists and ranges, plus the pool size and the dry run. */
export interface SweepCliOptions extends TrainCliOptions {
  readonly jobs?: string;
  readonly dryRun?: boolean;
}

/** `sweep-20261206-101705`: a new directory for a sweep given no --log-dir. */
function sweepDirName(date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `sweep-${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`;
}

/** The `neuronlab train` command that runs `t` alone into `root`: what --dry-run prints. */
function trialCommand(t: PlannedTrial, root: string): string {
  const args = repeatArgs(t.plan, { name: t.name, reportEvery: t.reportEvery, init: t.init });
  return shellLine(['neuronlab', 'train', ...args, '--json', '--log-dir', root, '--run-name', t.name]);
}

/** `neuronlab sweep`: plans the grid (exit 2 on any bad value), then trains its trials in parallel, each logged as a run. */
export async function sweepCommand(o: SweepCliOptions): Promise<number> {
  const { jobs: jobsText, dryRun, lang, ...train } = o;
  const words = errorWords(lang, o.json === true);
  let trials: PlannedTrial[];
  let root: string;
  let jobs: number;
  let locale: Locale;
  try {
    locale = chooseLocale(lang, process.env);
    jobs =
      jobsText === undefined
        ? availableParallelism()
        : parseNumber('--jobs', jobsText, { integer: true, min: 1, max: 256 });
    ({ trials } = await planSweep(train));
    const logDir = logDirFrom(o.logDir) ?? { path: sweepDirName(), from: '--log-dir' };
    root = logDir.path;
    if (dryRun) {
      process.stdout.write(trials.map((t) => `${trialCommand(t, root)}\n`).join(''));
      return EXIT.ok;
    }
    checkLogRoot(logDir);
  } catch (error) {
    return reportError(WHERE, error, o.debug ?? false, EXIT.usage, words);
  }
  const json = o.json === true;
  const interactive = !json && isInteractive();
  // started first: its threads load the engine while the run logs are made
  const pool = trialPool(Math.min(jobs, trials.length));
  let logged: SweepTrial[];
  try {
    logged = trials.map((t) => ({
      state: newTrial(t.trial, t.name, t.settings, t.plan),
      log: new RunLog(root, t.plan, {
        name: t.name,
        reportEvery: t.reportEvery,
        init: t.init,
        trial: { trial: t.trial, settings: t.settings },
      }),
      reportEvery: t.reportEvery,
    }));
  } catch (error) {
    await pool.destroy();
    return reportError(WHERE, error, o.debug ?? false, EXIT.usage, words);
  }
  const out = new ChunkedWriter(process.stdout);
  // the words of the screen and of piped lines; --json's lines are English whatever the language
  const messages = messagesFor(locale);
  const advice = sweepAdvice(trials, messages);
  const run = new SweepRun(logged, pool, (t, e, line) => {
    if (json) void out.line(sweepJsonLine(t.state, e, line));
    else if (!interactive && (e.type === 'done' || e.type === 'error'))
      void out.line(trialEndText(t.state, messages.sweep));
  });
  let signal: StopSignal | null = null;
  routeSignals((s) => {
    signal ??= s;
    run.stop();
  });
  onStdoutFailure(() => run.stop());
  try {
    if (interactive) {
      // loaded here, not at the top: piped and --json sweeps never load React and Ink
      const { showSweepDashboard } = await import('../sweep/sweep-screen.js');
      await showSweepDashboard(run, messages);
      // below the closed screen, where the runs can be read back, and the advice, as train leaves it
      await out.line(messages.sweep.kept(root));
      await out.flush();
      writeAdvice(advice);
    } else {
      if (!json) writeAdvice(advice);
      await run.run();
    }
    const states = run.trials.map((t) => t.state);
    if (json) await out.line(rankingJsonLine(states));
    else if (!interactive) await out.line(rankingText(states, root, messages.sweep));
    await out.flush();
    return signal === null ? EXIT.ok : signalExitCode(signal);
  } catch (error) {
    return reportError(WHERE, error, o.debug ?? false, EXIT.failed, words);
  }
}

/**
 * lab's advice about the trials' runs (unnormalized inputs, say), worded, each line once: the trials of a sweep over
 * the learning rate all read the same data. None for a trial gone on from a model (--init), whose normalization stays.
 */
function sweepAdvice(trials: readonly PlannedTrial[], messages: Messages): string[] {
  const lines = trials.map((t) => (t.init === null ? runAdviceText(t.plan, messages) : null));
  return [...new Set(lines.filter((line) => line !== null))];
}

/** The advice on stderr, each line under the command's name. */
function writeAdvice(advice: readonly string[]): void {
  for (const line of advice) process.stderr.write(`${WHERE}: ${line}\n`);
}

/** Whether the dashboard can run: both ends are a terminal. */
function isInteractive(): boolean {
  return process.stdout.isTTY === true && process.stdin.isTTY === true;
}
