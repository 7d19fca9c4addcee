/** tanh and the logistic sigmoid, built on the deterministic exp and expm1. */
import { exp, expm1 } from './exp.js';

/** Hyperbolic tangent: (e²ˣ − 1)/(e²ˣ + 1) through expm1, so small |x| keeps its digits. */
export function tanh(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x; // ±0 and NaN pass through
  const ax = Math.abs(x);
  // tanh(20) = 1 − 8.5e-18 already rounds to 1
  if (ax > 20) return x > 0 ? 1 : -1;
  const t = expm1(2 * ax);
  // below ~0.55 the quotient form avoids cancelling 1 − 2/(t + 2)
  const y = ax < 0.55 ? t / (t + 2) : 1 - 2 / (t + 2);
  return x > 0 ? y : -y;
}

/** Logistic sigmoid 1/(1 + e⁻ˣ), evaluated on the side where the exponential cannot overflow. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + exp(-x));
  const e = exp(x);
  return e / (1 + e);
}
