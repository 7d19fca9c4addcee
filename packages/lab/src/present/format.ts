/**
 * The number formatters every front end uses, so the dashboard, the plain-text summary and the docs write the same
 * value the same way. Pure functions of their arguments: no locale but en-US separators, no clock.
 */

/** Exponent form without a `+` and without trailing zeros in the mantissa: `1.200e+6` → `1.2e6`. */
function tidyExponent(s: string): string {
  return s.replace(/\.?0+e/, 'e').replace('e+', 'e');
}

/**
 * A number in at most `digits` significant digits (1 to 21) without trailing zeros, in exponent form below 1e-3 or
 * from 1e6 on: 18.18369 → `18.18`, 0.00012 → `1.2e-4`, 2.5e7 → `2.5e7`. NaN and ±Infinity are written as such.
 * @default digits 4
 */
export function formatNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-3) return tidyExponent(x.toExponential(digits - 1));
  // Number() drops the zeros toPrecision pads with: 1.800 → 1.8
  return String(Number(x.toPrecision(digits)));
}

/** An integer with thousands separators, rounding a fraction: 10000 → `10,000`. */
export function formatInt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Math.round(n).toLocaleString('en-US');
}

/** A learning rate as people write it: exponent form below 1e-3 (0.0001 → `1e-4`), else plain (0.01 → `0.01`). */
export function formatRate(lr: number): string {
  if (lr > 0 && lr < 1e-3) return tidyExponent(lr.toExponential());
  return String(lr);
}

/** A fraction as a percentage with `decimals` decimals: 0.9731 → `97.3%`. @default decimals 1 */
export function formatPercent(fraction: number, decimals = 1): string {
  if (!Number.isFinite(fraction)) return `${fraction}%`;
  return `${(fraction * 100).toFixed(decimals)}%`;
}
