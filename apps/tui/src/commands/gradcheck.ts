import { Worker } from 'node:worker_threads';
import type { GradCheckResult } from '@neuronlab/core';
import type { RecipeFlags, ValidRecipe } from '@neuronlab/lab';
import { formatNumber, recipeFromFlags } from '@neuronlab/lab';
import { EXIT, reportError } from '../errors.js';

/** The gradient-check table: one row per parameter block with its worst relative error. */
function gradCheckTable(result: GradCheckResult): string {
  const nameW = Math.max(9, ...result.params.map((p) => p.name.length));
  const head = `${'parameter'.padEnd(nameW)}  ${'analytic'.padStart(12)}  ${'numeric'.padStart(12)}  ${'rel. error'.padStart(10)}  result`;
  const rows = result.params.map(
    (p) =>
      `${p.name.padEnd(nameW)}  ${formatNumber(p.analytic, 6).padStart(12)}  ${formatNumber(p.numeric, 6).padStart(12)}  ${formatNumber(p.worstRelativeError, 2).padStart(10)}  ${p.passed ? 'ok' : 'WRONG'}`,
  );
  const verdict = result.passed
    ? `passed: every gradient matches central differences within ${formatNumber(result.tolerance)}`
    : `FAILED: worst relative error ${formatNumber(result.worstRelativeError, 3)} > ${result.tolerance}; the analytic gradient is wrong`;
  // the column is not |analytic − numeric| / |analytic|: a difference within what rounding can explain counts as none,
  // so two values that differ in their last shown digit may read 0
  const note = 'rel. error: the relative difference beyond the rounding noise of the central differences';
  return [head, ...rows, verdict, note].join('\n');
}

type Answer = { ok: true; result: GradCheckResult } | { ok: false; message: string };

/** Runs the check in gradcheck-worker.ts; rejects with the worker's error (a bad recipe, a failed thread). */
function checkInThread(recipe: ValidRecipe): Promise<GradCheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./gradcheck-worker.js', import.meta.url), { workerData: recipe });
    worker.once('message', (a: Answer) => (a.ok ? resolve(a.result) : reject(new Error(a.message))));
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('gradcheck: the checking thread stopped without an answer.')));
  });
}

/**
 * `neuronlab gradcheck`: checks the recipe's model at its initial parameters on the recipe's training data, in a
 * worker thread so a signal ends it at once (exit 130 or 143, see signals.ts).
 */
export async function gradcheckCommand(flags: RecipeFlags & { debug?: boolean }): Promise<number> {
  const { debug, ...recipeFlags } = flags;
  let result: GradCheckResult;
  try {
    result = await checkInThread(recipeFromFlags(recipeFlags));
  } catch (error) {
    return reportError('neuronlab gradcheck', error, debug ?? false, EXIT.usage);
  }
  process.stdout.write(`${gradCheckTable(result)}\n`);
  return result.passed ? EXIT.ok : EXIT.failed;
}
