/**
 * xʸ with JavaScript's special cases (Math.pow's table). Small integer y (|y| ≤ 64): binary powering (repeated
 * squaring) in double-double arithmetic with the binary exponent kept apart, so exact powers come out exact and
 * others within an ulp. Other y: e^(y·log x) with log x and the product kept as pairs, so ~106 bits reach exp.
 */
import { scale2, split, splitLog } from './bits.js';
import { dd, ddMul, twoProd } from './double-double.js';
import { expPair } from './exp.js';
import { logOfPositive } from './log.js';

/** Whether y is an odd integer (every double ≥ 2⁵³ is even). */
function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 9007199254740992 && Math.abs(y % 2) === 1;
}

// up to this |n|, binary powering of m in [√½, √2) cannot leave [2⁻³³, 2³³], so no rescaling is needed on the way
const MAX_BINARY_POWER = 64;

/** x^n for finite x > 0 and integer n with |n| ≤ MAX_BINARY_POWER: (m·2ᵉ)ⁿ = mⁿ·2ᵉⁿ, mⁿ by repeated squaring. */
function powInteger(x: number, n: number): number {
  splitLog(x);
  const e = split.e;
  let bh = split.m;
  let bl = 0;
  let rh = 1;
  let rl = 0;
  for (let k = Math.abs(n); k > 0; k >>= 1) {
    if (k & 1) {
      ddMul(rh, rl, bh, bl);
      rh = dd.hi;
      rl = dd.lo;
    }
    if (k > 1) {
      ddMul(bh, bl, bh, bl);
      bh = dd.hi;
      bl = dd.lo;
    }
  }
  if (n < 0) {
    // 1/(rh + rl) as a pair: q + (1 − q·rh − q·rl)/rh, with q·rh split exactly
    const q = 1 / rh;
    twoProd(q, rh);
    rl = (1 - dd.hi - dd.lo - q * rl) / rh;
    rh = q;
  }
  splitLog(rh + rl);
  const k = split.e + e * n;
  if (k > 1100) return Number.POSITIVE_INFINITY;
  return k < -1100 ? 0 : scale2(split.m, k);
}

/** xʸ for finite x > 0 and finite y ≠ 0. */
function powPositive(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= MAX_BINARY_POWER) return powInteger(x, y);
  logOfPositive(x);
  const lh = dd.hi;
  const ll = dd.lo;
  const t = y * lh;
  if (t > 710) return Number.POSITIVE_INFINITY;
  if (t < -746) return 0;
  twoProd(y, lh);
  return expPair(dd.hi, dd.lo + y * ll);
}

/** xʸ for the cases where x or y is 0, infinite or NaN, following Math.pow. */
function powSpecial(x: number, y: number): number {
  if (Number.isNaN(y) || Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  if (!Number.isFinite(y)) {
    if (ax === 1) return Number.NaN;
    return ax > 1 === y > 0 ? Number.POSITIVE_INFINITY : 0;
  }
  // x is ±0 or ±Infinity: the sign survives only for odd integer powers of a negative zero or infinity
  const big = (ax === 0) === y < 0;
  const negative = (x < 0 || Object.is(x, -0)) && isOddInteger(y);
  if (big) return negative ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return negative ? -0 : 0;
}

/** xʸ with the same special cases as Math.pow (NaN for a negative x and a non-integer y). */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return powSpecial(x, y);
  if (y === 1) return x;
  if (x > 0) return powPositive(x, y);
  if (!Number.isInteger(y)) return Number.NaN;
  const r = powPositive(-x, y);
  return isOddInteger(y) ? -r : r;
}
