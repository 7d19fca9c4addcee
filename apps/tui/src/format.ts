/** Pure text helpers for the dashboard and the plain-text output. */

/** A number in at most `digits` significant digits, switching to exponent form for very small or large values. */
export function formatNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-3) return x.toExponential(Math.max(0, digits - 1)).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(digits)));
}

/** An integer with thousands separators: 10000 → 10,000. */
export function formatInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

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

/** The learned formula of the celsius neuron: `F = 1.7974·C + 27.74`. */
export function formatFormula(w: number, b: number, x = 'C', y = 'F'): string {
  const sign = b < 0 ? '−' : '+';
  return `${y} = ${formatNumber(w, 5)}·${x} ${sign} ${formatNumber(Math.abs(b), 4)}`;
}

/** A learning rate as people write it: 0.0001 → 1e-4, 0.01 → 0.01. */
export function formatRate(lr: number): string {
  if (lr > 0 && lr < 1e-3) return lr.toExponential().replace(/\.?0*e/, 'e');
  return String(lr);
}

/** A fraction as a percentage: 0.9731 → 97.3%. */
export function formatPercent(f: number, decimals = 1): string {
  return `${(f * 100).toFixed(decimals)}%`;
}

/** Euclidean distance between two points. */
export function distance(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Truncates or pads `text` to exactly `width` columns. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text.padEnd(width);
}

/** Input scaling of a 1-feature neuron: z = (x − shift) / scale. */
export interface InputScaling {
  readonly shift: number;
  readonly scale: number;
}

/**
 * The neuron's line in the data's own units when it was trained on scaled inputs:
 * w·(x − shift)/scale + b = (w/scale)·x + (b − w·shift/scale).
 */
export function rawLine(w: number, b: number, scaling: InputScaling | null): [number, number] {
  if (!scaling) return [w, b];
  return [w / scaling.scale, b - (w * scaling.shift) / scaling.scale];
}
