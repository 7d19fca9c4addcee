import { score, shownAccuracy, type TrialState } from '../sweep/trial-state.js';
import { runAsTrial, type StoredRun } from './read-run.js';

/** The orders `runs --sort` takes. */
export const RUN_ORDERS = ['started', 'name', 'loss', 'accuracy'] as const;

export type RunOrder = (typeof RUN_ORDERS)[number];

/**
 * Runs in `order`: by start (as listRuns gives them), by name, best loss first (the test loss when there is one,
 * ranked as a sweep ranks its trials: diverged and unfinished runs without a loss last), or best accuracy first (runs
 * without one last). Ties keep the start order.
 */
export function sortRuns(runs: readonly StoredRun[], order: RunOrder): StoredRun[] {
  if (order === 'started') return [...runs];
  if (order === 'name') return [...runs].sort((a, b) => a.name.localeCompare(b.name));
  // lower is better: the loss as a sweep scores it, or the accuracy negated
  const key = (t: TrialState) => (order === 'loss' ? score(t) : -(shownAccuracy(t) ?? Number.NEGATIVE_INFINITY));
  const keyed = runs.map((run, i) => ({ run, i, key: key(runAsTrial(run, i + 1)) }));
  return keyed.sort((a, b) => a.key - b.key || a.i - b.i).map((k) => k.run);
}
