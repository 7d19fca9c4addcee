import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Math functions whose last bits differ between JavaScript engines (ECMAScript only approximates them).
const ENGINE_MATH =
  /\bMath\.(exp|expm1|log|log1p|log2|log10|tanh|sinh|cosh|asinh|acosh|atanh|sin|cos|tan|asin|acos|atan|atan2|pow|hypot|cbrt)\b/g;
// `**` rounds like Math.pow; only `** 2` (exact in V8: it squares) is let through
const POWER = /\*\*(?!\s*2\b)/g;

/** Source files of the package that are not tests, with comments blanked out (they may name Math.exp freely). */
function sources(dir: string): { file: string; code: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !/\.test(-util)?\.ts$/.test(f))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { file: f, code: text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '') };
    });
}

describe('engine-dependent math in @neuronlab/core', () => {
  const src = fileURLToPath(new URL('..', import.meta.url));

  it('finds the source files it guards', () => {
    expect(sources(src).length).toBeGreaterThan(30);
  });

  it('uses detMath instead of Math.exp, Math.sin, ** and the like in every source file', () => {
    const offenders = sources(src).flatMap(({ file, code }) =>
      [...code.matchAll(ENGINE_MATH), ...code.matchAll(POWER)].map((m) => `${relative(src, join(src, file))}: ${m[0]}`),
    );
    expect(offenders).toEqual([]);
  });

  it('would catch an offender (the patterns match what they must)', () => {
    expect('y = Math.exp(x) + Math.hypot(a, b)'.match(ENGINE_MATH)).toEqual(['Math.exp', 'Math.hypot']);
    expect('a ** b; c ** 2; d ** 0.5'.match(POWER)).toHaveLength(2);
  });
});
