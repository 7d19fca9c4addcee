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
import { en, type Messages } from '../i18n/messages-en.js';

/** The words of what `train` writes without a terminal, in one language. */
type Words = Messages['plain'];

/** The plain-text summary printed on stdout when not in a terminal, in the words of `t`. */
export function summaryText(
  plan: RunPlan,
  done: DoneEvent,
  elapsedMs: number,
  saved: string | null,
  t: Words = en.plain,
): string {
  const r = plan.recipe;
  const data = datasetLabel(r);
  const epochs = formatInt(done.epochs);
  const testLoss = done.testLoss === undefined ? '' : t.testLoss(formatNumber(done.testLoss, 6));
  const lines = [
    t.trained(r.model.kind, data, epochs, formatDuration(elapsedMs), t.reasons[done.reason]),
    `${t.finalLoss(formatNumber(done.loss, 6), r.loss)}${testLoss}`,
  ];
  const p = plan.initialModel.kind === 'neuron' ? neuronParams(done.params) : null;
  if (p) {
    const line = learnedLine(p.w.value, p.b.value, plan.normalization);
    const symbols = formulaSymbols(datasetFacts(plan.dataset));
    const scaled = plan.normalization ? t.scaled[plan.normalization.kind] : '';
    lines.push(t.learned(formatFormula(line, symbols), String(p.w.value), String(p.b.value), scaled));
  }
  const m = done.metrics;
  if (m?.accuracy !== undefined) lines.push(t.accuracy(formatPercent(m.accuracy)));
  if (m?.testAccuracy !== undefined) lines.push(t.testAccuracy(formatPercent(m.testAccuracy)));
  if (m?.r2 !== undefined && m.accuracy === undefined) lines.push(t.r2(formatNumber(m.r2, 6)));
  if (saved) lines.push(t.savedTo(saved));
  return `${lines.join('\n')}\n`;
}

/** A progress line for stderr when not in a terminal, in the words of `t`. */
export function progressText(epoch: number, total: number, loss: number, t: Words = en.plain): string {
  const pct = total > 0 ? Math.floor((epoch / total) * 100) : 0;
  return t.progress(formatInt(epoch), formatInt(total), String(pct), formatNumber(loss, 6));
}
