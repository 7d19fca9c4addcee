/**
 * eˣ and eˣ − 1 from + − × and exact scaling by 2ᵏ. Cody–Waite reduction x = k·ln 2 + r with |r| ≤ ln 2 / 2 (ln 2
 * split in two so k·LN2_HI is exact), then the Taylor series of eʳ − 1 through r¹³ (its remainder is below 0.05 ulp
 * on that interval), evaluated by Horner.
 */
import { pow2, scale2 } from './bits.js';
import { INV_LN2, LN2_HI, LN2_LO } from './constants.js';

// beyond these, eˣ overflows to Infinity or underflows to 0 whatever the rounding
const OVERFLOW = 709.79;
const UNDERFLOW = -745.2;
const HALF_LN2 = 0.34657359027997264;

/** eʳ − 1 for |r| ≲ 0.35: r·(1 + r/2! + r²/3! + … + r¹²/13!), Horner from the smallest term. */
function expm1Small(r: number): number {
  let p = 1 / 6227020800;
  p = 1 / 479001600 + r * p;
  p = 1 / 39916800 + r * p;
  p = 1 / 3628800 + r * p;
  p = 1 / 362880 + r * p;
  p = 1 / 40320 + r * p;
  p = 1 / 5040 + r * p;
  p = 1 / 720 + r * p;
  p = 1 / 120 + r * p;
  p = 1 / 24 + r * p;
  p = 1 / 6 + r * p;
  p = 0.5 + r * p;
  p = 1 + r * p;
  return r * p;
}

/** e^(hi + lo) for a pair whose lo is tiny next to hi (pow passes y·log x this way, ~106 bits). */
export function expPair(hi: number, lo: number): number {
  if (!(hi < OVERFLOW)) return Number.isNaN(hi) ? Number.NaN : Number.POSITIVE_INFINITY;
  if (hi < UNDERFLOW) return 0;
  const k = Math.round(hi * INV_LN2);
  // hi − k·LN2_HI is exact (the two are within a factor 2 of each other, or k = 0)
  const r = hi - k * LN2_HI - k * LN2_LO + lo;
  return scale2(1 + expm1Small(r), k);
}

/** eˣ. */
export function exp(x: number): number {
  return expPair(x, 0);
}

/** eˣ − 1, accurate also for tiny x where exp(x) − 1 would cancel. */
export function expm1(x: number): number {
  if (!(x < OVERFLOW)) return Number.isNaN(x) ? Number.NaN : Number.POSITIVE_INFINITY;
  if (x < -40) return -1; // e⁻⁴⁰ is below half an ulp of 1
  if (x <= HALF_LN2 && x >= -HALF_LN2) return expm1Small(x);
  const k = Math.round(x * INV_LN2);
  const p = expm1Small(x - k * LN2_HI - k * LN2_LO);
  if (k > 56) return scale2(1 + p, k) - 1;
  // 2ᵏ(1 + p) − 1 = (2ᵏ − 1) + 2ᵏ·p, where 2ᵏ − 1 is exact for −53 ≤ k ≤ 53
  const t = pow2(k);
  return t - 1 + t * p;
}
