import { datasetLabel, formatInt, formatNumber, formatPercent, formatRate } from '@neuronlab/lab';
import { en, type Messages } from '../i18n/messages-en.js';
import { shownAccuracy, statusText, trialAccuracy } from '../sweep/trial-state.js';
import { alignColumns, displayWidth, padEndToWidth, truncateToWidth } from '../text-width.js';
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

/** The status of a stored run, in `w`'s words: as a trial's, or unfinished for a log without its final event. */
function runStatus(run: StoredRun, w: Messages): string {
  const t = runAsTrial(run, 0);
  return t.status.kind === 'running' || t.status.kind === 'queued'
    ? w.runs.unfinished
    : statusText(t.status, w.sweep.status);
}

type Column = keyof Messages['runs']['columns'];

/** The table's columns, in order. */
const COLUMNS: readonly Column[] = [
  'name',
  'dataset',
  'model',
  'settings',
  'epochs',
  'loss',
  'accuracy',
  'status',
  'started',
];
/** Columns a narrow terminal loses first, in this order: what the name and the settings mostly say already. */
const DROPPABLE: readonly Column[] = ['started', 'model', 'dataset'];
/** The columns of the stacked layout's first line; the rest go on the line under each run. */
const STACKED: readonly Column[] = ['name', 'epochs', 'loss', 'accuracy', 'status'];
const GAP = 2;

/**
 * The `neuronlab runs` table in `w`'s words: one row per run, fitted to `width` columns (a terminal's). The columns
 * in DROPPABLE go first; when the rest is still too wide, each run takes two lines, its numbers under the header and
 * its dataset, model, settings and start indented below. Nothing is cut but that second line at the terminal's edge,
 * and never the name, which is typed back into `runs show`. Piped output passes no width and keeps one whole row per
 * run.
 */
export function runsTable(runs: readonly StoredRun[], width = Number.POSITIVE_INFINITY, w: Messages = en): string {
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
      runStatus(run, w),
      when(run.record.started),
    ];
  });
  const header = COLUMNS.map((c) => w.runs.columns[c]);
  return `${fitted([header, ...rows], width).join('\n')}\n`;
}

/** The table's lines: whole rows without DROPPABLE columns while they fit `width`, else the stacked layout. */
function fitted(table: readonly (readonly string[])[], width: number): string[] {
  const widths = COLUMNS.map((_, c) => Math.max(...table.map((r) => displayWidth(r[c]!))));
  const kept = COLUMNS.map(() => true);
  const total = () => widths.reduce((sum, w, c) => (kept[c] ? sum + w + GAP : sum), -GAP);
  for (const name of DROPPABLE) {
    if (total() <= width) break;
    kept[COLUMNS.indexOf(name)] = false;
  }
  if (total() <= width) return alignColumns(table.map((r) => r.filter((_, c) => kept[c])));
  const main = STACKED.map((name) => COLUMNS.indexOf(name));
  const lines = alignColumns(table.map((r) => main.map((c) => r[c]!)));
  const cell = (r: readonly string[], name: Column) => r[COLUMNS.indexOf(name)]!;
  const detail = (r: readonly string[]) =>
    truncateToWidth(
      `  ${cell(r, 'dataset')} ${cell(r, 'model')} · ${cell(r, 'settings')} · ${cell(r, 'started')}`,
      width,
    );
  return lines.flatMap((line, i) => (i === 0 ? [line] : [line, detail(table[i]!)]));
}

/** `neuronlab runs show` in `w`'s words: what the run was, how to repeat it, how it ended and its files. */
export function runText(run: StoredRun, w: Messages = en): string {
  const t = runAsTrial(run, 0);
  const f = w.runs.fields;
  // the values start one column after the widest field name, in any language
  const nameWidth = Math.max(...Object.values(f).map(displayWidth));
  const line = (field: string, value: string) => `${padEndToWidth(field, nameWidth)} ${value}`;
  const r = run.record.recipe;
  const lines = [
    line(f.run, run.name),
    line(f.directory, run.dir),
    line(f.started, run.record.started),
    line(f.repeat, run.record.command),
    line(f.data, w.runs.data(datasetLabel(r), r.model.kind, keySettings(run))),
    line(f.status, w.runs.status(runStatus(run, w), formatInt(t.epoch), formatInt(r.epochs))),
  ];
  if (t.loss !== null)
    lines.push(
      line(f.loss, `${formatNumber(t.loss)}${t.testLoss === null ? '' : w.runs.test(formatNumber(t.testLoss), true)}`),
    );
  // both accuracies, as the loss line gives both losses
  const { accuracy, testAccuracy } = trialAccuracy(t);
  const test = testAccuracy === null ? '' : w.runs.test(formatPercent(testAccuracy), accuracy !== null);
  if (accuracy !== null || testAccuracy !== null)
    lines.push(line(f.accuracy, `${accuracy === null ? '' : formatPercent(accuracy)}${test}`));
  const skipped = run.skipped > 0 ? w.runs.skipped(String(run.skipped)) : '';
  lines.push(line(f.events, `${formatInt(run.events.length)}${skipped}`));
  lines.push(line(f.model, run.hasModel ? 'model.json' : w.runs.noModel));
  return `${lines.join('\n')}\n`;
}
