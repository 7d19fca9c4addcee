import type { LiveRun } from '@neuronlab/lab';
import type { RunControl } from '../commands/run-control.js';
import { progressText, summaryText } from './summary-text.js';
import { threadEvents } from './thread-events.js';

/** How often a progress line goes to stderr when nobody watches a terminal. */
const PROGRESS_EVERY_MS = 1000;

/** Not a terminal: progress lines on stderr about once a second, the summary on stdout, no escape codes. */
export async function runPlain(run: LiveRun, control: RunControl, reportEvery: number): Promise<number> {
  const begin = performance.now();
  let last = begin;
  let total = 0;
  let epoch = 0;
  for await (const e of threadEvents(run, control, reportEvery)) {
    if (e.type === 'start') total = e.epochs;
    if (e.type === 'progress') epoch = e.epoch;
    if (e.type === 'progress' && performance.now() - last >= PROGRESS_EVERY_MS) {
      last = performance.now();
      process.stderr.write(`${progressText(e.epoch, total, e.loss)}\n`);
    }
    if (e.type === 'error') {
      control.fail(e.message);
      process.stderr.write(`neuronlab ${e.message}\n`);
      return 1;
    }
    if (e.type === 'done') {
      const saved = control.save();
      process.stdout.write(summaryText(run, e, performance.now() - begin, saved));
      return control.exitCode();
    }
  }
  // stopped inside a long epoch (see thread-events.ts): the model of the last progress event is what there is
  const saved = control.save();
  process.stderr.write(`neuronlab train: stopped at epoch ${epoch}${saved ? `; saved to ${saved}` : ''}\n`);
  return control.exitCode();
}
