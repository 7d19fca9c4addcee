/**
 * A number as Python's loggers write it: decimal or exponent notation, and `nan`, `inf`, `-inf` in any case (Keras
 * writes a diverged loss as `nan`). Null for anything else, so a garbled cell is told apart from a real NaN.
 */
export function parseLogNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  if (!Number.isNaN(n)) return n;
  switch (t.toLowerCase()) {
    case 'nan':
      return Number.NaN;
    case 'inf':
    case '+inf':
    case 'infinity':
      return Number.POSITIVE_INFINITY;
    case '-inf':
    case '-infinity':
      return Number.NEGATIVE_INFINITY;
    default:
      return null;
  }
}
