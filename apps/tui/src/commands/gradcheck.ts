import type { GradCheckResult } from '@neuronlab/core';
import { gradCheck } from '@neuronlab/core';
import type { RecipeFlags } from '@neuronlab/lab';
import { formatNumber, materializeRun, planRun, recipeFromFlags } from '@neuronlab/lab';
import { EXIT, reportError } from '../errors.js';

/** The gradient-check table: one row per parameter block with its worst relative error. */
export function gradCheckTable(result: GradCheckResult): string {
  const nameW = Math.max(9, ...result.params.map((p) => p.name.length));
  const head = `${'parameter'.padEnd(nameW)}  ${'analytic'.padStart(12)}  ${'numeric'.padStart(12)}  ${'rel. error'.padStart(10)}  result`;
  const rows = result.params.map(
    (p) =>
      `${p.name.padEnd(nameW)}  ${formatNumber(p.analytic, 6).padStart(12)}  ${formatNumber(p.numeric, 6).padStart(12)}  ${formatNumber(p.worstRelativeError, 2).padStart(10)}  ${p.passed ? 'ok' : 'WRONG'}`,
  );
  const verdict = result.passed
    ? `passed: every gradient matches central differences within ${result.tolerance}`
    : `FAILED: worst relative error ${formatNumber(result.worstRelativeError, 3)} > ${result.tolerance}; the analytic gradient is wrong`;
  return [head, ...rows, verdict].join('\n');
}

/** `neuronlab gradcheck`: checks the recipe's model at its initial parameters on the recipe's training data. */
export function gradcheckCommand(flags: RecipeFlags & { debug?: boolean }): number {
  const { debug, ...recipeFlags } = flags;
  let result: GradCheckResult;
  try {
    const run = materializeRun(planRun(recipeFromFlags(recipeFlags)));
    result = gradCheck(run.model, run.plan.train, { maxEntriesPerParam: 64 });
  } catch (error) {
    reportError('neuronlab gradcheck', error, debug ?? false);
    return EXIT.usage;
  }
  process.stdout.write(`${gradCheckTable(result)}\n`);
  return result.passed ? EXIT.ok : EXIT.failed;
}
