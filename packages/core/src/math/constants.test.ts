import { describe, expect, it } from 'vitest';
import * as c from './constants.js';

const BITS = 300n;
const ONE = 1n << BITS;

/** Σ 1/(n^(2k+1)·(2k+1)) with alternating signs (atan) or not (atanh), in fixed point with BITS fraction bits. */
function series(n: bigint, alternating: boolean): bigint {
  let sum = 0n;
  let term = ONE / n;
  for (let k = 1n, sign = 1n; term !== 0n; k += 2n, term /= n * n, sign = alternating ? -sign : sign) {
    sum += (sign * term) / k;
  }
  return sum;
}

/** A double (or a sum of doubles, each exactly representable) as an exact fixed-point BigInt. */
function fixed(x: number): bigint {
  const [mantissa, exponent] = x.toString(2).split('.') as [string, string?];
  const digits = BigInt(`0b${mantissa}${exponent ?? ''}`);
  return (digits << BITS) >> BigInt(exponent?.length ?? 0);
}

/** |a − b| in units of 2^-bits. */
const gap = (a: bigint, b: bigint, bits: bigint) => Number(((a > b ? a - b : b - a) << bits) >> BITS);

describe('math constants', () => {
  const piMachin = 16n * series(5n, true) - 4n * series(239n, true);
  const ln2 = 2n * series(3n, false);

  it('carries ln 2 to 95 bits in LN2_HI + LN2_LO, with LN2_HI short enough that k·LN2_HI is exact', () => {
    expect(gap(fixed(c.LN2_HI) + fixed(c.LN2_LO), ln2, 95n)).toBeLessThan(1);
    expect(c.LN2_HI.toString(2).replace(/^0\.0*|0+$/g, '').length).toBeLessThanOrEqual(42);
  });

  it('carries π/2 to 100 bits in four parts of which the first three have 26 bits', () => {
    const parts = [c.PIO2_1, c.PIO2_2, c.PIO2_3, c.PIO2_4];
    const sum = parts.map(fixed).reduce((a, b) => a + b);
    expect(gap(sum, piMachin >> 1n, 100n)).toBeLessThan(1);
    for (const part of parts.slice(0, 3)) {
      expect(
        part
          .toString(2)
          .replace(/^0\.0*|0+$/g, '')
          .replace('.', '').length,
      ).toBeLessThanOrEqual(26);
    }
    expect(c.CODY_WAITE_LIMIT * c.TWO_OVER_PI).toBeLessThan(2 ** 27);
  });

  it('rounds the single-double constants to the nearest double', () => {
    expect(c.TWO_OVER_PI).toBe(2 / Math.PI);
    expect(c.INV_LN2).toBe(Math.LOG2E);
  });
});
