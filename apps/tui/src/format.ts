/** Terminal-only text helpers; numbers are written with the shared formatters of @neuronlab/lab. */
import { padEndToWidth, truncateToWidth } from './text-width.js';

/** A duration for people: 850ms, 4.2s, 3m 05s, 1h 02m. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(Math.floor(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** A progress bar of `width` cells, using eighth blocks for a smooth edge. */
export function progressBar(fraction: number, width: number): string {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const eighths = Math.round(f * width * 8);
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  const partial = part > 0 ? ' ▏▎▍▌▋▊▉'[part] : '';
  return '█'.repeat(full) + partial + '░'.repeat(Math.max(0, width - full - (partial ? 1 : 0)));
}

/** Truncates (with an ellipsis) or pads `text` to exactly `width` display columns, for a cell of fixed width. */
export function padCell(text: string, width: number): string {
  if (width <= 0) return '';
  // a wide character left out at the edge leaves one column, which the padding fills
  return padEndToWidth(truncateToWidth(text, width), width);
}
