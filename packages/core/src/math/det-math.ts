/**
 * Deterministic elementary functions: the same bits in every JavaScript engine.
 *
 * Why this exists: ECMAScript fixes + − × ÷ and Math.sqrt to IEEE-754 correct rounding, but leaves Math.exp, log,
 * tanh, sin, cos, pow … "implementation-approximated". V8 in Node 20 and in current Chromium return different last
 * bits for about one exp in ten, so a training run in the CLI and the same run in the docs playground drifted apart.
 * Everything here is built only from the exact operations (plus exact bit access through typed arrays and BigInt),
 * evaluated in a fixed order, so a seed and a recipe mean the same numbers everywhere. Accuracy: within ~2 ulp of
 * the true value (tested against Math.* on many thousands of inputs). Use these, never Math.exp & co., wherever a
 * result must be reproducible.
 */
import { exp, expm1 } from './exp.js';
import { sigmoid, tanh } from './hyperbolic.js';
import { log, log1p } from './log.js';
import { pow } from './pow.js';
import { cos, sin } from './trig.js';

/** The deterministic functions, one per Math.* function they replace (same special values as Math.*). */
export const detMath = { exp, expm1, log, log1p, tanh, sigmoid, sin, cos, pow } as const;

/** The names of the deterministic functions. */
export type DetMathName = keyof typeof detMath;
