import { formatInt, formatNumber, formatPercent } from '@neuronlab/lab';
import { Text } from 'ink';
import { formatDuration, progressBar } from '../format.js';
import { useSteadyFit } from '../hooks/use-steady-fit.js';
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

/** The narrowest the bar gets before the numbers beside it give way. */
const MIN_BAR = 10;

/**
 * Bar, epoch i/N, percent, speed, elapsed time, a smoothed ETA and the pace setting. On a narrow screen the numbers
 * give way whole, least needed first: the percent (the bar shows it), the elapsed time, then the ETA. The pace stays,
 * since it answers the +/- keys.
 */
export function ProgressLine({ p, width }: { readonly p: ProgressInfo; readonly width: number }) {
  const t = useMessages().progress;
  const f = p.total > 0 ? p.epoch / p.total : 0;
  const rate = !Number.isFinite(p.rate) ? '–' : p.rate >= 100 ? formatInt(p.rate) : formatNumber(p.rate, 3);
  const epoch = `${t.epoch} ${formatInt(p.epoch)}/${formatInt(p.total)}`;
  const percent = formatPercent(f, 0).padStart(4);
  const elapsed = `${t.elapsed} ${formatDuration(p.elapsedMs)}`;
  const eta = `${t.eta} ${f >= 1 ? '0s' : formatDuration(p.etaMs)}`;
  const speed = `${rate} ep/s`;
  const pace = `${t.pace} ${p.pace}`;
  const candidates = [
    [epoch, percent, speed, elapsed, eta, pace],
    [epoch, speed, elapsed, eta, pace],
    [epoch, speed, eta, pace],
    [epoch, speed, pace],
  ].map((parts) => ` ${parts.join('  ')}`);
  // the bar takes MIN_BAR columns at least, and the line leaves the last column free
  const stats = useSteadyFit(candidates, width - MIN_BAR - 1);
  const barWidth = Math.max(MIN_BAR, Math.min(40, width - displayWidth(stats) - 1));
  return (
    <Text wrap="truncate">
      <Text color="cyan">{progressBar(f, barWidth)}</Text>
      {stats}
    </Text>
  );
}
