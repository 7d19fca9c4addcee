/**
 * sin and cos from + − × after reduction to |r| ≤ π/4: Taylor series through r¹⁷ (sin) and r¹⁸ (cos), whose
 * remainders stay below 0.1 ulp there, then the quadrant picks ±sin r or ±cos r.
 */
import { reduce, reduced } from './trig-reduce.js';

const PI_OVER_4 = 0.7853981633974483;

/** sin r for |r| ≤ π/4: r + r·z·(−1/3! + z/5! − … + z⁷/17!), z = r². */
function sinSmall(r: number): number {
  const z = r * r;
  let p = 1 / 355687428096000;
  p = -1 / 1307674368000 + z * p;
  p = 1 / 6227020800 + z * p;
  p = -1 / 39916800 + z * p;
  p = 1 / 362880 + z * p;
  p = -1 / 5040 + z * p;
  p = 1 / 120 + z * p;
  p = -1 / 6 + z * p;
  return r + r * (z * p);
}

/** cos r for |r| ≤ π/4: 1 + z·(−1/2! + z/4! − … − z⁸/18!), z = r². */
function cosSmall(r: number): number {
  const z = r * r;
  let p = -1 / 6402373705728000;
  p = 1 / 20922789888000 + z * p;
  p = -1 / 87178291200 + z * p;
  p = 1 / 479001600 + z * p;
  p = -1 / 3628800 + z * p;
  p = 1 / 40320 + z * p;
  p = -1 / 720 + z * p;
  p = 1 / 24 + z * p;
  p = -0.5 + z * p;
  return 1 + z * p;
}

/** Sine of x radians; NaN for ±Infinity and NaN. */
export function sin(x: number): number {
  if (x === 0) return x; // keeps the sign of −0
  if (x <= PI_OVER_4 && x >= -PI_OVER_4) return sinSmall(x);
  if (!Number.isFinite(x)) return Number.NaN;
  reduce(x);
  const r = reduced.r;
  switch (reduced.q) {
    case 0:
      return sinSmall(r);
    case 1:
      return cosSmall(r);
    case 2:
      return -sinSmall(r);
    default:
      return -cosSmall(r);
  }
}

/** Cosine of x radians; NaN for ±Infinity and NaN. */
export function cos(x: number): number {
  if (x <= PI_OVER_4 && x >= -PI_OVER_4) return cosSmall(x);
  if (!Number.isFinite(x)) return Number.NaN;
  reduce(x);
  const r = reduced.r;
  switch (reduced.q) {
    case 0:
      return cosSmall(r);
    case 1:
      return -sinSmall(r);
    case 2:
      return -cosSmall(r);
    default:
      return sinSmall(r);
  }
}
