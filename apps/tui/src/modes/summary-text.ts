import type { DoneEvent } from '@neuronlab/core';
import { datasetFacts } from '@neuronlab/data';
import {
  datasetLabel,
  formatFormula,
  formatInt,
  formatNumber,
  formatPercent,
  formulaSymbols,
  learnedLine,
  neuronParams,
  type RunPlan,
} from '@neuronlab/lab';
import { formatDuration } from '../format.js';

/** The plain-text summary printed on stdout when not in a terminal. */
export function summaryText(plan: RunPlan, done: DoneEvent, elapsedMs: number, saved: string | null): string {
  const r = plan.recipe;
  const data = datasetLabel(r);
  const lines = [
    `neuronlab: trained ${r.model.kind} on ${data} for ${formatInt(done.epochs)} epochs in ${formatDuration(elapsedMs)} (${done.reason})`,
    `final loss ${formatNumber(done.loss, 6)} (${r.loss})${done.testLoss === undefined ? '' : `, test loss ${formatNumber(done.testLoss, 6)}`}`,
  ];
  const p = plan.initialModel.kind === 'neuron' ? neuronParams(done.params) : null;
  if (p) {
    const line = learnedLine(p.w.value, p.b.value, plan.normalization);
    const symbols = formulaSymbols(datasetFacts(plan.dataset));
    const scaled = plan.normalization
      ? `, on ${plan.normalization.kind === 'standardize' ? 'standardized' : 'min-max scaled'} inputs`
      : '';
    lines.push(`learned ${formatFormula(line, symbols)}  (w = ${p.w.value}, b = ${p.b.value}${scaled})`);
  }
  const m = done.metrics;
  if (m?.accuracy !== undefined) lines.push(`accuracy ${formatPercent(m.accuracy)}`);
  if (m?.testAccuracy !== undefined) lines.push(`test accuracy ${formatPercent(m.testAccuracy)}`);
  if (m?.r2 !== undefined && m.accuracy === undefined) lines.push(`R² ${formatNumber(m.r2, 6)}`);
  if (saved) lines.push(`saved to ${saved}`);
  return `${lines.join('\n')}\n`;
}

/** A progress line for stderr when not in a terminal. */
export function progressText(epoch: number, total: number, loss: number): string {
  const pct = total > 0 ? Math.floor((epoch / total) * 100) : 0;
  return `epoch ${formatInt(epoch)}/${formatInt(total)} (${pct}%)  loss ${formatNumber(loss, 6)}`;
}
