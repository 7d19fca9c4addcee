import type { DoneEvent, ErrorEvent } from '@neuronlab/core';
import { formatInt, formatNumber, formatPercent } from '@neuronlab/lab';
import { Box, Text } from 'ink';
import { formatDuration } from '../format.js';
import { runErrorText } from '../i18n/run-error-text.js';
import { useMessages } from '../i18n/use-messages.js';

/** Rows the summary takes on screen. */
export const SUMMARY_ROWS = 4;

/** What stays on screen when training ends: final loss, the learned parameters or accuracy, and the time. */
export function Summary(p: {
  done: DoneEvent | null;
  error: ErrorEvent | null;
  learned: string | null;
  elapsedMs: number;
  saved?: string | undefined;
}) {
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
        {t.after(formatInt(d.epochs), formatDuration(p.elapsedMs))} · {t.finalLoss}{' '}
        <Text bold>{formatNumber(d.loss, 6)}</Text>
        {d.testLoss !== undefined ? ` · ${t.testLoss} ${formatNumber(d.testLoss, 6)}` : ''}
        {m?.accuracy !== undefined ? ` · ${t.accuracy} ${formatPercent(m.accuracy)}` : ''}
        {m?.testAccuracy !== undefined ? ` · ${t.testAccuracy} ${formatPercent(m.testAccuracy)}` : ''}
        {m?.r2 !== undefined && m.accuracy === undefined ? ` · R² ${formatNumber(m.r2, 5)}` : ''}
      </Text>
      <Text wrap="truncate">
        {p.learned ? <Text bold>{p.learned}</Text> : null}
        {p.saved ? <Text color="gray"> · {t.savedTo(p.saved)}</Text> : null}
      </Text>
    </Box>
  );
}
