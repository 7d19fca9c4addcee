import type { TrainEvent } from '@neuronlab/core';
import { formatInt, formatNumber, formatPercent } from '@neuronlab/lab';
import { en, type Messages } from '../i18n/messages-en.js';
import { jsonLine } from '../modes/json-line.js';
import { alignColumns, displayWidth } from '../text-width.js';
import { bestTrial, ranking, score, shownAccuracy, statusText, type TrialState, trialAccuracy } from './trial-state.js';

/** A trial's swept settings as text: `lr=1e-4 seed=2` (or `-` when nothing was swept). */
export function settingsText(t: TrialState): string {
  const parts = Object.entries(t.settings).map(([k, v]) => `${k}=${v}`);
  return parts.length === 0 ? '-' : parts.join(' ');
}

/** The settings the trials were swept over, in the order they were first named: one column each on the screen. */
function settingKeys(trials: readonly TrialState[]): string[] {
  return [...new Set(trials.flatMap((t) => Object.keys(t.settings)))];
}

/** Where trialCells puts each column. */
const COLUMN = { trial: 0, settings: 1, epoch: 2, loss: 3, testLoss: 4, accuracy: 5, status: 6 } as const;

/** Columns of trialCells the screen's table gives up first when it is too wide, in this order. */
const GIVE_UP = [COLUMN.loss, COLUMN.epoch];

/**
 * The screen's table of trials, one line each under its header, fitted to `width` columns: the best trial starred,
 * its number, one column per swept setting headed by its flag (values as they were typed), then the columns of
 * trialCells that apply. While it is wider than `width`, the training loss (when the test loss, which ranks the
 * trials, is shown) and then the epoch give way, so the status stays in view at 80 columns.
 */
export function trialTable(trials: readonly TrialState[], words: Messages['sweep'], width: number): string[] {
  const best = bestTrial(trials);
  const keys = settingKeys(trials);
  const shown = applicableColumns(trials);
  const heads = columnHeads(trials, words);
  // every cell made once: the star, the number and the settings lead; then trialCells' columns from the epoch on
  const rows = [
    ['', heads[COLUMN.trial]!, ...keys, ...heads.slice(COLUMN.epoch)],
    ...trials.map((t) => {
      const cells = trialCells(t, words.status);
      const values = keys.map((k) => t.settings[k] ?? '-');
      return [t === best ? '★' : ' ', cells[COLUMN.trial]!, ...values, ...cells.slice(COLUMN.epoch)];
    }),
  ];
  const lead = 2 + keys.length;
  const table = (kept: readonly boolean[]) =>
    alignColumns(rows.map((r) => r.filter((_, i) => i < lead || kept[i - lead + COLUMN.epoch])));
  const kept = [...shown];
  let lines = table(kept);
  for (const c of GIVE_UP) {
    if (Math.max(...lines.map(displayWidth)) <= width) break;
    // the training loss goes only where the test loss stands in for it
    if (c === COLUMN.loss && !shown[COLUMN.testLoss]) continue;
    kept[c] = false;
    lines = table(kept);
  }
  return lines;
}

/**
 * One --json line of a sweep: the trial's event exactly as `train --json` prints it (`line`, when made already),
 * tagged with its trial.
 */
export function sweepJsonLine(
  t: TrialState,
  e: TrainEvent,
  line = jsonLine(e, t.plan?.initialModel.kind ?? ''),
): string {
  return `{"trial":${t.trial},"name":${JSON.stringify(t.name)},${line.slice(1)}`;
}

/** The numbers the ranking reports for a trial. */
function rankEntry(t: TrialState, rank: number) {
  const { accuracy, testAccuracy } = trialAccuracy(t);
  return {
    rank,
    trial: t.trial,
    name: t.name,
    settings: t.settings,
    status: statusText(t.status),
    epoch: t.epoch,
    loss: t.loss,
    testLoss: t.testLoss,
    ...(accuracy === null ? {} : { accuracy }),
    ...(testAccuracy === null ? {} : { testAccuracy }),
  };
}

/** The last --json line: the trials best first (by final test loss when there is one, else training loss). */
export function rankingJsonLine(trials: readonly TrialState[]): string {
  const by = trials.some((t) => t.testLoss !== null) ? 'testLoss' : 'loss';
  return JSON.stringify({ type: 'ranking', by, trials: ranking(trials).map((t, i) => rankEntry(t, i + 1)) });
}

/** The line printed when a trial ends (piped output), in `words`' language. */
export function trialEndText(t: TrialState, words: Messages['sweep'] = en.sweep): string {
  const loss = t.loss === null ? '' : words.endLoss(formatNumber(t.loss));
  const after = t.status.kind === 'done' ? words.after(formatInt(t.epoch)) : '';
  return words.trialEnd(String(t.trial), settingsText(t), statusText(t.status, words.status), after, loss);
}

/**
 * The table's column heads (in `words`' language) for these trials: the accuracy is headed as the test accuracy when
 * every trial has a test set, since shownAccuracy then takes it from there.
 */
function columnHeads(trials: readonly TrialState[], words: Messages['sweep'] = en.sweep): string[] {
  const tested =
    trials.length > 0 && trials.every((t) => t.testLoss !== null || (t.plan !== null && t.plan.test !== null));
  return words.columns.map((head, c) => (c === COLUMN.accuracy && tested ? words.testAccuracy : head));
}

/** A table's cells for one trial: number, settings, epoch, loss, test loss, accuracy, status (in `words`' language). */
export function trialCells(t: TrialState, words: Messages['sweep']['status'] = en.sweep.status): string[] {
  const acc = shownAccuracy(t);
  return [
    String(t.trial),
    settingsText(t),
    `${formatInt(t.epoch)}/${formatInt(t.epochs)}`,
    t.loss === null ? '-' : formatNumber(t.loss),
    t.testLoss === null ? '-' : formatNumber(t.testLoss),
    acc === null ? '-' : formatPercent(acc),
    statusText(t.status, words),
  ];
}

/**
 * Which of trialCells' columns can hold a value for these trials: the test loss only with a test split, the accuracy
 * only for classification (known from a trial's plan before its first event, else from its values). The screen drops
 * the others, which would be a column of dashes; the piped ranking keeps them all.
 */
function applicableColumns(trials: readonly TrialState[]): boolean[] {
  const testLoss = trials.some((t) => t.testLoss !== null || (t.plan !== null && t.plan.test !== null));
  const accuracy = trials.some(
    (t) => shownAccuracy(t) !== null || (t.plan !== null && t.plan.rawTrain.task !== 'regression'),
  );
  return [true, true, true, true, testLoss, accuracy, true];
}

/** The ranking as a table, best first, ending with the best trial and where the runs are (piped output). */
export function rankingText(
  trials: readonly TrialState[],
  root: string | null,
  words: Messages['sweep'] = en.sweep,
): string {
  const ranked = ranking(trials);
  const rows = alignColumns([
    [words.rank, ...columnHeads(trials, words)],
    ...ranked.map((t, i) => [String(i + 1), ...trialCells(t, words.status)]),
  ]);
  const best = ranked[0] !== undefined && Number.isFinite(score(ranked[0])) ? words.best(String(ranked[0].trial)) : '';
  const where = root === null ? '' : words.kept(root);
  return `${rows.join('\n')}\n${[best, where].filter((s) => s !== '').join(words.separator)}`;
}
