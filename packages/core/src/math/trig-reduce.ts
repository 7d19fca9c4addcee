/**
 * Argument reduction for sin and cos: x = k·π/2 + r with |r| ≤ π/4 (about), reporting r and k mod 4.
 * Up to |x| ≈ 2.1e8: Cody–Waite with π/2 in four parts. Beyond: exact integer arithmetic on BigInts with 2/π to
 * 1,200 bits (computed once from Machin's formula on first use), which is slower but exact for every double.
 */
import { pow2 } from './bits.js';
import { CODY_WAITE_LIMIT, PIO2_1, PIO2_2, PIO2_3, PIO2_4, TWO_OVER_PI } from './constants.js';

/** Where reduce leaves its result: r and the quadrant k mod 4 (a shared scratch object, allocation-free). */
export const reduced = { r: 0, q: 0 };

/** Fills `reduced` for a finite x. */
export function reduce(x: number): void {
  const ax = Math.abs(x);
  if (ax > CODY_WAITE_LIMIT) {
    reduceHuge(ax);
    if (x < 0) {
      reduced.r = -reduced.r;
      reduced.q = (4 - reduced.q) & 3;
    }
    return;
  }
  const k = Math.round(x * TWO_OVER_PI);
  // each k·PIO2_i is exact (|k| < 2²⁷, parts of 26 bits) and the first subtraction is exact by Sterbenz
  reduced.r = x - k * PIO2_1 - k * PIO2_2 - k * PIO2_3 - k * PIO2_4;
  reduced.q = k & 3;
}

// fractional bits of 2/π kept: the exponent of a double reaches 1023, and up to ~60 more bits can cancel
const FRACTION_BITS = 1200n;
const GUARD_BITS = 64n;
let twoOverPiFixed = 0n;

/** atan(1/n) in fixed point with `bits` fractional bits (the alternating Gregory series). */
function atanInverse(n: bigint, one: bigint): bigint {
  let sum = 0n;
  let term = one / n;
  let k = 1n;
  let sign = 1n;
  while (term !== 0n) {
    sum += (sign * term) / k;
    term /= n * n;
    k += 2n;
    sign = -sign;
  }
  return sum;
}

/** 2/π·2^FRACTION_BITS, rounded down; π from Machin's formula π = 16·atan(1/5) − 4·atan(1/239). */
function twoOverPi(): bigint {
  if (twoOverPiFixed === 0n) {
    const one = 1n << (FRACTION_BITS + GUARD_BITS);
    const pi = 16n * atanInverse(5n, one) - 4n * atanInverse(239n, one);
    twoOverPiFixed = ((2n * one * one) / pi) >> GUARD_BITS;
  }
  return twoOverPiFixed;
}

// not f64: bits.ts has one, and exported modules inline every math file into one scope
const hugeX = new Float64Array(1);
const hugeBits = new BigUint64Array(hugeX.buffer);

/** Reduction of a finite ax > CODY_WAITE_LIMIT: ax = M·2ᴱ exactly, and M·(2/π) is an exact BigInt product. */
function reduceHuge(ax: number): void {
  hugeX[0] = ax;
  const bits = hugeBits[0]!;
  const mantissa = (bits & 0xfffffffffffffn) | 0x10000000000000n;
  const e = BigInt(Number(bits >> 52n) - 1075);
  const product = mantissa * twoOverPi();
  const fractionBits = FRACTION_BITS - e; // ax·2/π = product / 2^fractionBits
  const k = (product + (1n << (fractionBits - 1n))) >> fractionBits;
  const f = product - (k << fractionBits); // |f| ≤ half a unit: (ax·2/π − k)·2^fractionBits
  // keep 128 bits of the fraction: even when it starts with ~60 zeros, 53 significant bits remain to round
  const t = Number(f >> (fractionBits - 128n)) * pow2(-128);
  reduced.r = t * PIO2_1 + t * PIO2_2;
  reduced.q = Number(k & 3n);
}
