import { Worker } from 'node:worker_threads';
import type { GradCheckResult } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';
import { formatNumber } from '@neuronlab/lab';
import type { TrainCliOptions } from '../config.js';
import { EXIT, reportError } from '../errors.js';
import { errorWords, terminalMessages } from '../i18n/messages.js';
import type { Messages } from '../i18n/messages-en.js';
import { displayWidth, padEndToWidth, padStartToWidth } from '../text-width.js';

/**
 * The gradient-check table, in the words of `t`: one row per parameter block with its worst relative error, the
 * verdict, and what the error column holds. Heads are padded by display width, so wide characters line up too.
 */
function gradCheckTable(result: GradCheckResult, t: Messages['gradcheck']): string {
  const c = t.columns;
  const nameW = Math.max(9, displayWidth(c.parameter), ...result.params.map((p) => p.name.length));
  const head = `${padEndToWidth(c.parameter, nameW)}  ${padStartToWidth(c.analytic, 12)}  ${padStartToWidth(c.numeric, 12)}  ${padStartToWidth(c.relError, 10)}  ${c.result}`;
  const rows = result.params.map(
    (p) =>
      `${p.name.padEnd(nameW)}  ${formatNumber(p.analytic, 6).padStart(12)}  ${formatNumber(p.numeric, 6).padStart(12)}  ${formatNumber(p.worstRelativeError, 2).padStart(10)}  ${p.passed ? t.ok : t.wrong}`,
  );
  const verdict = result.passed
    ? t.passed(formatNumber(result.tolerance))
    : t.failed(formatNumber(result.worstRelativeError, 3), String(result.tolerance));
  // the column is not |analytic − numeric| / |analytic|: a difference within what rounding can explain counts as none,
  // so two values that differ in their last shown digit may read 0
  return [head, ...rows, verdict, t.note(c.relError)].join('\n');
}

type Answer = { ok: true; result: GradCheckResult } | { ok: false; message: string };

/** Runs the check in gradcheck-worker.ts; rejects with the worker's error (a bad recipe, a failed thread). */
function checkInThread(plan: RunPlan): Promise<GradCheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./gradcheck-worker.js', import.meta.url), { workerData: plan });
    worker.once('message', (a: Answer) => (a.ok ? resolve(a.result) : reject(new Error(a.message))));
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('gradcheck: the checking thread stopped without an answer.')));
  });
}

/** The options commander hands to `gradcheck`: the recipe and data flags and --init, as raw text. */
type GradcheckCliOptions = Pick<TrainCliOptions, keyof RecipeAndData> & { debug?: boolean };
type RecipeAndData = Omit<TrainCliOptions, 'save' | 'speed' | 'reportEvery' | 'json' | 'logDir' | 'runName' | 'lang'>;

/**
 * `neuronlab gradcheck`: checks the model at its initial parameters (a saved model's with --init) on the run's training
 * data (a generator's or a CSV file's), prepared as `train` prepares it, in a worker thread so a signal ends it at once
 * (exit 130 or 143, see signals.ts).
 */
export async function gradcheckCommand(options: GradcheckCliOptions): Promise<number> {
  const { debug, ...runFlags } = options;
  let result: GradCheckResult;
  try {
    // imported here: the run's preparation loads the CSV reader and the model files only when asked to
    const { prepareTrain } = await import('./prepare-train.js');
    result = await checkInThread((await prepareTrain(runFlags)).plan);
  } catch (error) {
    return reportError('neuronlab gradcheck', error, debug ?? false, EXIT.usage, errorWords(undefined, false));
  }
  process.stdout.write(`${gradCheckTable(result, terminalMessages().gradcheck)}\n`);
  return result.passed ? EXIT.ok : EXIT.failed;
}
