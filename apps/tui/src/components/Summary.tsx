import type { DoneEvent, ErrorEvent } from '@neuronlab/core';
import { formatInt, formatNumber, formatPercent } from '@neuronlab/lab';
import { Box, Text } from 'ink';
import { formatDuration } from '../format.js';
import { runErrorText } from '../i18n/run-error-text.js';
import { useMessages } from '../i18n/use-messages.js';

/** What the summary shows. */
interface SummaryProps {
  done: DoneEvent | null;
  error: ErrorEvent | null;
  learned: string | null;
  /** How long training took; NaN when unknown (a run read back from its log). */
  elapsedMs: number;
  saved?: string | undefined;
}

/**
 * Rows the summary takes on screen, frame included: none while training; the outcome line; and a second line when
 * there is a learned formula or a saved file to name. The layout reserves exactly these, so a finished network's run
 * keeps the row a neuron's formula would take for its network panel.
 */
export function summaryRows(p: Pick<SummaryProps, 'done' | 'error' | 'learned' | 'saved'>): number {
  if (p.error) return 3;
  if (!p.done) return 0;
  return p.learned || p.saved ? 4 : 3;
}

/** What stays on screen when training ends: final loss, the learned parameters or accuracy, and the time. */
export function Summary(p: SummaryProps) {
  const t = useMessages().summary;
  if (p.error) {
    return (
      <Box flexDirection="column" borderStyle="round" borderColor="red" paddingX={1}>
        <Text color="red" wrap="truncate">
          ✗ {runErrorText(p.error, t)}
        </Text>
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
