import type { DoneEvent, ErrorEvent } from '@neuronlab/core';
import { formatInt, formatNumber, formatPercent } from '@neuronlab/lab';
import { Box, Text } from 'ink';
import { formatDuration } from '../format.js';

/** Rows the summary takes on screen. */
export const SUMMARY_ROWS = 4;

const REASONS: Record<DoneEvent['reason'], string> = {
  completed: 'finished',
  'target-loss': 'reached the target loss',
  aborted: 'stopped early',
};

/** What stays on screen when training ends: final loss, the learned parameters or accuracy, and the time. */
export function Summary(p: {
  done: DoneEvent | null;
  error: ErrorEvent | null;
  learned: string | null;
  elapsedMs: number;
  saved?: string | undefined;
}) {
  if (p.error) {
    return (
      <Box flexDirection="column" borderStyle="round" borderColor="red" paddingX={1}>
        <Text color="red" wrap="truncate">
          ✗ {p.error.message}
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
          ✓ {REASONS[d.reason]}
        </Text>{' '}
        after {formatInt(d.epochs)} epochs in {formatDuration(p.elapsedMs)} · final loss{' '}
        <Text bold>{formatNumber(d.loss, 6)}</Text>
        {d.testLoss !== undefined ? ` · test loss ${formatNumber(d.testLoss, 6)}` : ''}
        {m?.accuracy !== undefined ? ` · accuracy ${formatPercent(m.accuracy)}` : ''}
        {m?.testAccuracy !== undefined ? ` · test accuracy ${formatPercent(m.testAccuracy)}` : ''}
        {m?.r2 !== undefined && m.accuracy === undefined ? ` · R² ${formatNumber(m.r2, 5)}` : ''}
      </Text>
      <Text wrap="truncate">
        {p.learned ? <Text bold>{p.learned}</Text> : null}
        {p.saved ? <Text color="gray"> · saved to {p.saved}</Text> : null}
      </Text>
    </Box>
  );
}
