import type { DoneEvent, ErrorEvent } from '@neuronlab/core';
import type { LiveRun } from '@neuronlab/lab';
import { formatDuration, formatFormula, formatInt, formatNumber, formatPercent, rawLine } from '../format.js';
import { scalarParam } from '../session/dashboard-state.js';
import { inputScaling, symbols } from '../views.js';

/** The plain-text summary printed on stdout when not in a terminal. */
export function summaryText(run: LiveRun, done: DoneEvent, elapsedMs: number, saved: string | null): string {
  const r = run.plan.recipe;
  const data = r.dataset.name === 'csv' ? String(r.dataset.options.file) : r.dataset.name;
  const lines = [
    `neuronlab: trained ${r.model.kind} on ${data} for ${formatInt(done.epochs)} epochs in ${formatDuration(elapsedMs)} (${done.reason})`,
    `final loss ${formatNumber(done.loss, 6)} (${r.loss})${done.testLoss === undefined ? '' : `, test loss ${formatNumber(done.testLoss, 6)}`}`,
  ];
  const w = scalarParam(done.params, 'w');
  const b = scalarParam(done.params, 'b');
  if (r.model.kind === 'neuron' && w && b) {
    const [x, y] = symbols(run);
    const [rw, rb] = rawLine(w.value, b.value, inputScaling(run));
    const scaled = run.plan.normalization
      ? `, on ${run.plan.normalization.kind === 'standardize' ? 'standardized' : 'min-max scaled'} inputs`
      : '';
    lines.push(`learned ${formatFormula(rw, rb, x, y)}  (w = ${w.value}, b = ${b.value}${scaled})`);
  }
  const m = done.metrics;
  if (m?.accuracy !== undefined) lines.push(`accuracy ${formatPercent(m.accuracy)}`);
  if (m?.testAccuracy !== undefined) lines.push(`test accuracy ${formatPercent(m.testAccuracy)}`);
  if (m?.r2 !== undefined && m.accuracy === undefined) lines.push(`R² ${formatNumber(m.r2, 6)}`);
  if (saved) lines.push(`saved to ${saved}`);
  return `${lines.join('\n')}\n`;
}

/** The divergence diagnostic: what happened, where, and the stable limit. */
export function errorText(e: ErrorEvent): string {
  return e.message;
}

/** A progress line for stderr when not in a terminal. */
export function progressText(epoch: number, total: number, loss: number): string {
  const pct = total > 0 ? Math.floor((epoch / total) * 100) : 0;
  return `epoch ${formatInt(epoch)}/${formatInt(total)} (${pct}%)  loss ${formatNumber(loss, 6)}`;
}
