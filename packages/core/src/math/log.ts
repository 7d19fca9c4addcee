/**
 * log x and log(1 + x) from + − × ÷ and the bits of x. x = 2ᵉ·m with m in [√½, √2), then
 * log m = 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …) with s = (m − 1)/(m + 1), |s| ≤ 0.1716; eleven terms of the series
 * leave a remainder below 1e-18. s is kept as a pair (s + sLo) so the result is good to well under an ulp.
 */
import { split, splitLog } from './bits.js';
import { LN2_HI, LN2_LO } from './constants.js';
import { dd, fastTwoSum, twoProd, twoSum } from './double-double.js';

// 1 + x is in [√½, √2) on this interval, so log1p needs no splitting there
const LOG1P_LOW = -0.2928932188134524;
const LOG1P_HIGH = 0.41421356237309515;

/** (s³/3 + s⁵/5 + … + s²³/23)/s as a polynomial in z = s²: the series' tail after its first term. */
function atanhTail(z: number): number {
  let p = 1 / 23;
  p = 1 / 21 + z * p;
  p = 1 / 19 + z * p;
  p = 1 / 17 + z * p;
  p = 1 / 15 + z * p;
  p = 1 / 13 + z * p;
  p = 1 / 11 + z * p;
  p = 1 / 9 + z * p;
  p = 1 / 7 + z * p;
  p = 1 / 5 + z * p;
  p = 1 / 3 + z * p;
  return z * p;
}

/** dd = e·ln 2 + log(1 + f) as a normalized pair, for f in [√½ − 1, √2 − 1]. */
function logPair(e: number, f: number): void {
  const d = 2 + f;
  const s = f / d;
  // sLo = (f − s·(2 + f))/(2 + f): f − 2s and the step after it are exact (Sterbenz), s·f is split exactly
  twoProd(s, f);
  const sLo = (f - 2 * s - dd.hi - dd.lo) / d;
  const tail = 2 * s * atanhTail(s * s);
  twoSum(e * LN2_HI, 2 * s);
  const lo = dd.lo + (e * LN2_LO + 2 * sLo + tail);
  fastTwoSum(dd.hi, lo);
}

/** dd = log x as a pair, for finite x > 0 (pow uses the pair to keep y·log x exact enough). */
export function logOfPositive(x: number): void {
  splitLog(x);
  logPair(split.e, split.m - 1);
}

/** Natural logarithm: NaN below 0, −Infinity at ±0. */
export function log(x: number): number {
  if (!(x > 0)) return x === 0 ? Number.NEGATIVE_INFINITY : Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  logOfPositive(x);
  return dd.hi + dd.lo;
}

/** log(1 + x), accurate also for tiny x where log(1 + x) would lose x's digits. */
export function log1p(x: number): number {
  if (!(x > -1)) return x === -1 ? Number.NEGATIVE_INFINITY : Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  // below 2⁻⁵⁴, log(1 + x) = x − x²/2 + … rounds to x (this also keeps −0 and subnormals as they are)
  if (x < 5.551115123125783e-17 && x > -5.551115123125783e-17) return x;
  if (x >= LOG1P_LOW && x <= LOG1P_HIGH) {
    logPair(0, x);
    return dd.hi + dd.lo;
  }
  const u = 1 + x;
  // the rounding error of 1 + x, exactly (Fast2Sum with the larger operand first)
  const c = x > 1 ? 1 - (u - x) : x - (u - 1);
  logOfPositive(u);
  return dd.hi + (dd.lo + c / u);
}
