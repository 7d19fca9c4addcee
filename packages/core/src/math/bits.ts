/**
 * Exact scaling by powers of two and splitting x into exponent and mantissa (reading the exponent field through a
 * typed array). Typed-array loads copy bits unchanged and multiplying by 2ᵏ is exact, so these steps are as
 * deterministic as + − × ÷.
 */
const buffer = new ArrayBuffer(8);
const f64 = new Float64Array(buffer);
const u32 = new Uint32Array(buffer);
// index of the 32-bit word holding sign, exponent and the top 20 mantissa bits (1 on little-endian machines)
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

// 2ᵏ for k in [−1074, 1023], filled by doubling from the smallest subnormal (every step exact). A table load is
// faster than writing an exponent field and reading the double back, which stalls store-to-load forwarding.
const POWERS = new Float64Array(2098);
POWERS[0] = Number.MIN_VALUE;
for (let i = 1; i < POWERS.length; i++) POWERS[i] = POWERS[i - 1]! * 2;

/** 2ᵏ for an integer k in [−1074, 1023]. */
export function pow2(k: number): number {
  return POWERS[k + 1074]!;
}

/** y·2ᵏ with one rounding at most, for integer k in [−1100, 1100] (results may overflow or be subnormal). */
export function scale2(y: number, k: number): number {
  if (k > 1023) return y * pow2(1023) * pow2(k - 1023);
  // two steps so the only rounding is the last one, into the subnormal range
  if (k < -1022) return y * pow2(k + 1000) * pow2(-1000);
  return y * pow2(k);
}

/** Where splitLog leaves its result (a shared scratch object, so the hot path allocates nothing). */
export const split = { e: 0, m: 1 };

/** Splits a finite x > 0 into split.e and split.m with x = m·2ᵉ and m in [√½, √2), so log x = e·ln 2 + log m. */
export function splitLog(x: number): void {
  let e = 0;
  // subnormals: scale into the normal range first (exact)
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54
    e = -54;
  }
  f64[0] = x;
  const k = (u32[HI]! >>> 20) - 1023;
  e += k;
  let m = x * pow2(-k); // exact: the same mantissa with exponent 0, m in [1, 2)
  if (m > Math.SQRT2) {
    m *= 0.5;
    e += 1;
  }
  split.e = e;
  split.m = m;
}
