/**
 * Constants of the deterministic math, each the double nearest to a stated real value or an exact piece of one.
 * They were computed from BigInt series (ln 2 = 2·atanh(1/3), π = 16·atan(1/5) − 4·atan(1/239)) and
 * constants.test.ts recomputes them the same way, so a wrong digit here fails a test.
 */

/** ln 2 cut to its top 42 bits: k·LN2_HI is exact for every |k| < 2¹¹, the range of exponents. */
export const LN2_HI = 0.6931471805598903;
/** ln 2 − LN2_HI, rounded: together they carry ln 2 to ~95 bits. */
export const LN2_LO = 5.497923018708371e-14;
/** 1/ln 2 (only used to pick k = round(x/ln 2), so its last bit does not matter for accuracy). */
export const INV_LN2 = Math.LOG2E;

/**
 * π/2 split into parts of 26 bits (the last one rounded): k·PIO2_i is exact for |k| < 2²⁷, so
 * x − k·π/2 loses nothing in Cody–Waite reduction up to |x| ≈ 2.1e8.
 */
export const PIO2_1 = 1.5707963109016418;
/** Second 26 bits of π/2. */
export const PIO2_2 = 1.5893254712295857e-8;
/** Third 26 bits of π/2. */
export const PIO2_3 = 6.123233932053594e-17;
/** The rest of π/2, rounded. */
export const PIO2_4 = 6.36831716351095e-25;
/** 2/π, rounded (only used to pick k = round(x·2/π)). */
export const TWO_OVER_PI = 0.6366197723675814;
/** Above this |x|, sin and cos reduce their argument with exact BigInt arithmetic instead (2²⁷·π/2, rounded down). */
export const CODY_WAITE_LIMIT = 210828714;
