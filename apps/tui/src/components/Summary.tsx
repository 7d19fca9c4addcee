import type { DoneEvent, ErrorEvent } from '@neuronlab/core';
import { formatInt, formatNumber, formatPercent } from '@neuronlab/lab';
import { Box, Text } from 'ink';
import { formatDuration } from '../format.js';
import { useMessages } from '../i18n/use-messages.js';
import { wrapToWidth } from '../text-width.js';

/** What the summary shows. */
interface SummaryProps {
  done: DoneEvent | null;
  error: ErrorEvent | null;
  /** The error's diagnosis as the summary's lines (see errorLines); empty without an error. */
  errorLines: readonly string[];
  learned: string | null;
  /** How long training took; NaN when unknown (a run read back from its log). */
  elapsedMs: number;
  saved?: string | undefined;
}

/** Most lines a failed run's diagnosis takes: enough for the stable-rate advice at 80 columns, in either language. */
const MAX_ERROR_LINES = 3;

/**
 * A failed run's diagnosis (`text`, ✗ added) wrapped for a summary `width` columns wide, frame and padding included:
 * the advice at its end (the largest stable rate) is the lesson, so it is wrapped, not cut, up to MAX_ERROR_LINES.
 */
export function errorLines(text: string, width: number): string[] {
  return wrapToWidth(`✗ ${text}`, width - 4, MAX_ERROR_LINES);
}

/**
 * Rows the summary takes on screen, frame included: none while training; the outcome line; and a second line when
 * there is a learned formula or a saved file to name; for an error, its lines. The layout reserves exactly these, so
 * a finished network's run keeps the row a neuron's formula would take for its network panel.
 */
export function summaryRows(p: Pick<SummaryProps, 'done' | 'error' | 'errorLines' | 'learned' | 'saved'>): number {
  if (p.error) return p.errorLines.length + 2;
  if (!p.done) return 0;
  return p.learned || p.saved ? 4 : 3;
}

/** What stays on screen when training ends: final loss, the learned parameters or accuracy, and the time. */
export function Summary(p: SummaryProps) {
  const t = useMessages().summary;
  if (p.error) {
    return (
      <Box flexDirection="column" borderStyle="round" borderColor="red" paddingX={1}>
        {p.errorLines.map((line, i) => (
          // the lines are fixed for a frame; their order is their identity
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Text key={i} color="red" wrap="truncate">
            {line}
          </Text>
        ))}
      </Box>
    );
  }
  const d = p.done;
  if (!d) return null;
  const m = d.metrics;
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="green" paddingX={1}>
      <Text wrap="truncate">
        <Text bold color="green">
          ✓ {t.reasons[d.reason]}
        </Text>{' '}
        {t.after(formatInt(d.epochs), Number.isFinite(p.elapsedMs) ? formatDuration(p.elapsedMs) : null)} ·{' '}
        {t.finalLoss} <Text bold>{formatNumber(d.loss, 6)}</Text>
        {d.testLoss !== undefined ? ` · ${t.testLoss} ${formatNumber(d.testLoss, 6)}` : ''}
        {m?.accuracy !== undefined ? ` · ${t.accuracy} ${formatPercent(m.accuracy)}` : ''}
        {m?.testAccuracy !== undefined ? ` · ${t.testAccuracy} ${formatPercent(m.testAccuracy)}` : ''}
        {m?.r2 !== undefined && m.accuracy === undefined ? ` · R² ${formatNumber(m.r2, 5)}` : ''}
      </Text>
      {p.learned || p.saved ? (
        <Text wrap="truncate">
          {p.learned ? <Text bold>{p.learned}</Text> : null}
          {p.saved ? <Text color="gray"> · {t.savedTo(p.saved)}</Text> : null}
        </Text>
      ) : null}
    </Box>
  );
}
