import { datasetLabel, formatInt, formatNumber, formatPercent, formatRate } from '@neuronlab/lab';
import { shownAccuracy, statusText, trialAccuracy } from '../sweep/trial-state.js';
import { alignColumns, displayWidth, truncateToWidth } from '../text-width.js';
import { runAsTrial, type StoredRun } from './read-run.js';

/** The settings worth a column: optimizer and rate, the widths of an mlp, the input features when made, the seed. */
function keySettings(run: StoredRun): string {
  const r = run.record.recipe;
  const hidden = r.model.kind === 'mlp' ? ` hidden=${r.model.hidden.join(',')}` : '';
  const features = r.features === null ? '' : ` features=${r.features.join(',')}`;
  return `${r.optimizer} lr=${formatRate(r.lr)}${hidden}${features} seed=${r.seed}`;
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

const HEADER = ['name', 'dataset', 'model', 'settings', 'epochs', 'loss', 'accuracy', 'status', 'started (UTC)'];
/** Columns a narrow terminal loses first, in this order: what the name and the settings mostly say already. */
const DROPPABLE = ['started (UTC)', 'model', 'dataset'];
/** The columns of the stacked layout's first line; the rest go on the line under each run. */
const STACKED = ['name', 'epochs', 'loss', 'accuracy', 'status'];
const GAP = 2;

/**
 * The `neuronlab runs` table: one row per run, fitted to `width` columns (a terminal's). The columns in DROPPABLE go
 * first; when the rest is still too wide, each run takes two lines, its numbers under the header and its dataset,
 * model, settings and start indented below. Nothing is cut but that second line at the terminal's edge, and never
 * the name, which is typed back into `runs show`. Piped output passes no width and keeps one whole row per run.
 */
export function runsTable(runs: readonly StoredRun[], width = Number.POSITIVE_INFINITY): string {
  const rows = runs.map((run) => {
    const t = runAsTrial(run, 0);
    const acc = shownAccuracy(t);
    const r = run.record.recipe;
    return [
      run.name,
      datasetLabel(r),
      r.model.kind,
      keySettings(run),
      `${formatInt(t.epoch)}/${formatInt(r.epochs)}`,
      t.loss === null ? '-' : formatNumber(t.testLoss ?? t.loss),
      acc === null ? '-' : formatPercent(acc),
      runStatus(run),
      when(run.record.started),
    ];
  });
  return `${fitted([HEADER, ...rows], width).join('\n')}\n`;
}

/** The table's lines: whole rows without DROPPABLE columns while they fit `width`, else the stacked layout. */
function fitted(table: readonly (readonly string[])[], width: number): string[] {
  const widths = HEADER.map((_, c) => Math.max(...table.map((r) => displayWidth(r[c]!))));
  const kept = HEADER.map(() => true);
  const total = () => widths.reduce((sum, w, c) => (kept[c] ? sum + w + GAP : sum), -GAP);
  for (const name of DROPPABLE) {
    if (total() <= width) break;
    kept[HEADER.indexOf(name)] = false;
  }
  if (total() <= width) return alignColumns(table.map((r) => r.filter((_, c) => kept[c])));
  const main = STACKED.map((name) => HEADER.indexOf(name));
  const lines = alignColumns(table.map((r) => main.map((c) => r[c]!)));
  const cell = (r: readonly string[], name: string) => r[HEADER.indexOf(name)]!;
  const detail = (r: readonly string[]) =>
    truncateToWidth(
      `  ${cell(r, 'dataset')} ${cell(r, 'model')} · ${cell(r, 'settings')} · ${cell(r, 'started (UTC)')}`,
      width,
    );
  return lines.flatMap((line, i) => (i === 0 ? [line] : [line, detail(table[i]!)]));
}

/** `neuronlab runs show`: what the run was, how to repeat it, how it ended and its files. */
export function runText(run: StoredRun): string {
  const t = runAsTrial(run, 0);
  const lines = [
    `run       ${run.name}`,
    `directory ${run.dir}`,
    `started   ${run.record.started}`,
    `repeat    ${run.record.command}`,
    `data      ${datasetLabel(run.record.recipe)}, model ${run.record.recipe.model.kind}, ${keySettings(run)}`,
    `status    ${runStatus(run)} after ${formatInt(t.epoch)} of ${formatInt(run.record.recipe.epochs)} epochs`,
  ];
  if (t.loss !== null)
    lines.push(`loss      ${formatNumber(t.loss)}${t.testLoss === null ? '' : `, test ${formatNumber(t.testLoss)}`}`);
  // both accuracies, as the loss line gives both losses
  const { accuracy, testAccuracy } = trialAccuracy(t);
  const test = testAccuracy === null ? '' : `${accuracy === null ? '' : ', '}test ${formatPercent(testAccuracy)}`;
  if (accuracy !== null || testAccuracy !== null)
    lines.push(`accuracy  ${accuracy === null ? '' : formatPercent(accuracy)}${test}`);
  lines.push(
    `events    ${formatInt(run.events.length)}${run.skipped > 0 ? ` (${run.skipped} unreadable line(s) skipped)` : ''}`,
  );
  lines.push(`model     ${run.hasModel ? 'model.json' : 'none saved'}`);
  return `${lines.join('\n')}\n`;
}
