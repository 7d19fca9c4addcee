import type { TrainEvent } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';
import type { RunControl } from '../commands/run-control.js';
import type { Messages } from '../i18n/messages-en.js';
import { runErrorText } from '../i18n/run-error-text.js';
import { progressText, summaryText } from './summary-text.js';
import { trainInThread, unansweredStopText } from './thread-events.js';

/** How often a progress line goes to stderr when nobody watches a terminal. */
const PROGRESS_EVERY_MS = 1000;

/**
 * Not a terminal: progress lines on stderr about once a second, the summary on stdout, no escape codes; in the words
 * of `t` (the terminal's language, as the dashboard's). `advice` (worded) goes first, on stderr.
 */
export async function runPlain(
  plan: RunPlan,
  control: RunControl,
  reportEvery: number,
  t: Messages,
  advice: string | null = null,
): Promise<number> {
  if (advice !== null) process.stderr.write(`neuronlab train: ${advice}\n`);
  const begin = performance.now();
  let last = begin;
  let total = 0;
  let epoch = 0;
  const each = (e: TrainEvent) => {
    if (e.type === 'start') total = e.epochs;
    if (e.type === 'progress') epoch = e.epoch;
    if (e.type === 'progress' && performance.now() - last >= PROGRESS_EVERY_MS) {
      last = performance.now();
      process.stderr.write(`${progressText(e.epoch, total, e.loss, t.plain)}\n`);
    }
  };
  const end = await trainInThread(plan, control, reportEvery, each);
  if (end.final === null) {
    process.stderr.write(unansweredStopText(epoch, control.savePath));
    return control.exitCode();
  }
  if (end.final.type === 'error') {
    process.stderr.write(`neuronlab ${runErrorText(end.final, t.summary)}\n`);
    return 1;
  }
  process.stdout.write(summaryText(plan, end.final, performance.now() - begin, end.saved, t.plain));
  return control.exitCode();
}
