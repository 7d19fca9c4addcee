/**
 * Error-free transformations: a sum or product of two doubles as an unevaluated pair hi + lo that is exactly the
 * real result. Built from + − × only (Dekker/Knuth), so they are deterministic everywhere; pow and the wide log use
 * them to carry ~106 bits through the steps where a plain double would lose the last ones.
 */

/** Where the helpers leave their pair (a shared scratch object, so the hot path allocates nothing). */
export const dd = { hi: 0, lo: 0 };

// 2^27 + 1: multiplying by it splits a double into two halves of ≤ 26 bits whose products are exact
const SPLITTER = 134217729;

/** dd = a + b exactly, for any finite a, b. */
export function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  dd.hi = s;
  dd.lo = a - (s - bb) + (b - bb);
}

/** dd = a + b exactly, when |a| ≥ |b| (or a is 0). */
export function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  dd.hi = s;
  dd.lo = b - (s - a);
}

/** dd = a·b exactly, for |a|, |b| below ~2⁹⁹⁵ and products that do not underflow. */
export function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  dd.hi = p;
  dd.lo = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** dd = (ah + al)·(bh + bl), rounded to a normalized pair (~106 bits). */
export function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const lo = dd.lo + (ah * bl + al * bh);
  fastTwoSum(dd.hi, lo);
}
