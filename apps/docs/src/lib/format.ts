import { format } from 'd3-format';

const sig4 = format('.4~g');
const sig3 = format('.3~s');

/** A number in at most 4 significant digits, with exponent notation for very large or small magnitudes. */
export function formatShort(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return v.toExponential(1).replace('.0e', 'e').replace('e+', 'e');
  if (a >= 1e4) return sig3(v);
  return sig4(v);
}

/** A number with all the digits float64 keeps, for readouts that must match the CLI character for character. */
export function formatFull(v: number): string {
  return String(v);
}

/** A number with `digits` decimals, trimmed, for step-by-step readouts. */
export function formatFixed(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return String(v);
  const s = v.toFixed(digits);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** A learning rate such as 1e-4 or 0.0013, whichever is shorter. */
export function formatRate(v: number): string {
  const exp = v.toExponential().replace('e+', 'e');
  const plain = String(v);
  return exp.length < plain.length ? exp : plain;
}

/** A number in `digits` significant digits without trailing zeros: 21.5, −1.722, 0.00012. */
export function formatSig(v: number, digits = 7): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a < 1e-5 || a >= 1e9)
    return v
      .toExponential(digits - 1)
      .replace(/\.?0+e/, 'e')
      .replace('e+', 'e');
  const s = v.toPrecision(digits);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
