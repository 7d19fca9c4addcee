import { formatInt, formatNumber, formatPercent } from '@neuronlab/lab';
import { Text } from 'ink';
import { formatDuration, progressBar } from '../format.js';
import { useMessages } from '../i18n/use-messages.js';
import { displayWidth } from '../text-width.js';

/** Numbers behind the progress line. */
export interface ProgressInfo {
  readonly epoch: number;
  readonly total: number;
  /** Smoothed epochs per second (NaN while unknown). */
  readonly rate: number;
  readonly elapsedMs: number;
  readonly etaMs: number;
  /** The pace setting, as text (`2,500 ep/s`, `max`). */
  readonly pace: string;
}

/** Bar, epoch i/N, percent, speed, elapsed time and a smoothed ETA. */
export function ProgressLine({ p, width }: { readonly p: ProgressInfo; readonly width: number }) {
  const t = useMessages().progress;
  const f = p.total > 0 ? p.epoch / p.total : 0;
  const stats = ` ${t.epoch} ${formatInt(p.epoch)}/${formatInt(p.total)}  ${formatPercent(f, 0).padStart(4)}  ${
    !Number.isFinite(p.rate) ? '–' : p.rate >= 100 ? formatInt(p.rate) : formatNumber(p.rate, 3)
  } ep/s  ${t.elapsed} ${formatDuration(p.elapsedMs)}  ${t.eta} ${f >= 1 ? '0s' : formatDuration(p.etaMs)}  ${t.pace} ${p.pace}`;
  const barWidth = Math.max(10, Math.min(40, width - displayWidth(stats) - 1));
  return (
    <Text wrap="truncate">
      <Text color="cyan">{progressBar(f, barWidth)}</Text>
      {stats}
    </Text>
  );
}
