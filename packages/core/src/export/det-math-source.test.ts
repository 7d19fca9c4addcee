import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { detMath } from '../math/det-math.js';
import { DET_MATH_JS } from './det-math-source.js';

const script = new URL('../../scripts/build-det-math-source.mjs', import.meta.url);

describe('the deterministic math copied into exported modules', () => {
  it('is exactly what scripts/build-det-math-source.mjs makes from src/math', () => {
    // --check exits non-zero when the committed file differs from a fresh build
    const out = execFileSync(process.execPath, [script.pathname, '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/det-math source matches src\/math/);
  }, 30_000);

  it('gives the engine’s bits for exp, log, tanh, sigmoid and sin', () => {
    const copy = new Function(`${DET_MATH_JS}; return { exp, log, tanh, sigmoid, sin };`)() as Record<
      'exp' | 'log' | 'tanh' | 'sigmoid' | 'sin',
      (x: number) => number
    >;
    const xs = Array.from({ length: 2001 }, (_, i) => (i - 1000) / 37);
    for (const name of ['exp', 'tanh', 'sigmoid', 'sin'] as const) {
      expect(xs.map(copy[name])).toEqual(xs.map(detMath[name]));
    }
    // past the Cody–Waite range, sin reduces with BigInt arithmetic: that path is copied too
    const huge = [3e8, -7.5e12, 2 ** 60, 1e300];
    expect(huge.map(copy.sin)).toEqual(huge.map(detMath.sin));
    const positive = xs.map((x) => Math.abs(x) + 1e-3);
    expect(positive.map(copy.log)).toEqual(positive.map(detMath.log));
  });
});
