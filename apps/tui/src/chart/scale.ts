/** Maps data values onto a pixel range, linearly or by log10. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly log: boolean;
  /** Pixel position of a value: 0 at `min`, `size - 1` at `max`. */
  (value: number): number;
}

/** Makes a scale from `[min, max]` onto `[0, size - 1]`; equal bounds are widened so nothing divides by zero. */
export function makeScale(min: number, max: number, size: number, log = false): Scale {
  const f = (v: number): number => (log ? Math.log10(Math.max(v, Number.MIN_VALUE)) : v);
  let lo = f(min);
  let hi = f(max);
  if (!(hi > lo)) {
    const pad = Math.abs(lo) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  }
  const fn = (v: number): number => ((f(v) - lo) / (hi - lo)) * (size - 1);
  return Object.assign(fn, { min, max, log });
}

/** Finite minimum and maximum of several series, or null when none has a finite value. */
export function extent(series: readonly ArrayLike<number>[], positiveOnly = false): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of series) {
    for (let i = 0; i < s.length; i++) {
      const v = s[i] as number;
      if (!Number.isFinite(v) || (positiveOnly && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Whether a positive range spans enough decades that a log scale reads better (max/min ≥ 100). */
export function spansDecades(range: readonly [number, number] | null): boolean {
  return range !== null && range[0] > 0 && range[1] / range[0] >= 100;
}
