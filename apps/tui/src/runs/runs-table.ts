import { formatInt, formatNumber, formatPercent } from '@neuronlab/lab';
import { alignColumns } from '../sweep/sweep-text.js';
import { statusText } from '../sweep/trial-state.js';
import { runAsTrial, type StoredRun } from './read-run.js';

/** The settings worth a column: optimizer and rate, the widths of an mlp, the seed. */
function keySettings(run: StoredRun): string {
  const r = run.record.recipe;
  const hidden = r.model.kind === 'mlp' ? ` hidden=${r.model.hidden.join(',')}` : '';
  return `${r.optimizer} lr=${formatNumber(r.lr)}${hidden} seed=${r.seed}`;
}

/** `2026-12-06 10:17`: when a run started, in UTC, to the minute. */
function when(iso: string): string {
  return iso.replace('T', ' ').slice(0, 16);
}

/** The status of a stored run: as a trial's, with 'unfinished' for a log that ends without its final event. */
function runStatus(run: StoredRun): string {
  const t = runAsTrial(run, 0);
  return t.status.kind === 'running' || t.status.kind === 'queued' ? 'unfinished' : statusText(t.status);
}

/** The `neuronlab runs` table: one row per run. */
export function runsTable(runs: readonly StoredRun[]): string {
  const header = ['name', 'dataset', 'model', 'settings', 'epochs', 'loss', 'accuracy', 'status', 'started (UTC)'];
  const rows = runs.map((run) => {
    const t = runAsTrial(run, 0);
    const acc = t.testAccuracy ?? t.accuracy;
    const r = run.record.recipe;
    return [
      run.name,
      r.dataset.name,
      r.model.kind,
      keySettings(run),
      `${formatInt(t.epoch)}/${formatInt(r.epochs)}`,
      t.loss === null ? '-' : formatNumber(t.testLoss ?? t.loss),
      acc === null ? '-' : formatPercent(acc),
      runStatus(run),
      when(run.record.started),
    ];
  });
  return `${alignColumns([header, ...rows]).join('\n')}\n`;
}

/** `neuronlab runs show`: what the run was, how to repeat it, how it ended and its files. */
export function runText(run: StoredRun): string {
  const t = runAsTrial(run, 0);
  const lines = [
    `run       ${run.name}`,
    `directory ${run.dir}`,
    `started   ${run.record.started}`,
    `repeat    ${run.record.command}`,
    `data      ${run.record.recipe.dataset.name}, model ${run.record.recipe.model.kind}, ${keySettings(run)}`,
    `status    ${runStatus(run)} after ${formatInt(t.epoch)} of ${formatInt(run.record.recipe.epochs)} epochs`,
  ];
  if (t.loss !== null)
    lines.push(`loss      ${formatNumber(t.loss)}${t.testLoss === null ? '' : `, test ${formatNumber(t.testLoss)}`}`);
  const acc = t.testAccuracy ?? t.accuracy;
  if (acc !== null) lines.push(`accuracy  ${formatPercent(acc)}`);
  lines.push(
    `events    ${formatInt(run.events.length)}${run.skipped > 0 ? ` (${run.skipped} unreadable line(s) skipped)` : ''}`,
  );
  lines.push(`model     ${run.hasModel ? 'model.json' : 'none saved'}`);
  return `${lines.join('\n')}\n`;
}
