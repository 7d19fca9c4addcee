// Finds engine-dependent math in a package's sources. Used by the guard tests of @neuronlab/core and
// @neuronlab/data, whose results must be bit-identical in Node and in browsers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Math functions whose last bits differ between JavaScript engines (ECMAScript only approximates them). */
export const ENGINE_MATH =
  /\bMath\.(exp|expm1|log|log1p|log2|log10|tanh|sinh|cosh|asinh|acosh|atanh|sin|cos|tan|asin|acos|atan|atan2|pow|hypot|cbrt)\b/g;

/**
 * Every `**`: the language leaves exponentiation, like Math.pow, implementation-approximated, and that holds for
 * `** 2` too (V8 happens to square exactly; nothing promises another engine does). Write `x * x`, or detMath.pow.
 */
export const POWER = /\*\*/g;

/** Source files under `dir` that are not tests, with comments blanked out (they may name Math.exp freely). */
export function guardedSources(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !/\.test(-util)?\.ts$/.test(f))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { file: f, code: text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '') };
    });
}

/** Every use of engine-dependent math under `dir`, as `file: match`. */
export function engineMathOffenders(dir) {
  return guardedSources(dir).flatMap(({ file, code }) =>
    [...code.matchAll(ENGINE_MATH), ...code.matchAll(POWER)].map((m) => `${file}: ${m[0]}`),
  );
}
