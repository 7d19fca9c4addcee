import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// one checker for every package whose numbers must match across engines (see the script for the patterns)
import { ENGINE_MATH, engineMathOffenders, guardedSources, POWER } from '../../../scripts/engine-math-guard.mjs';

describe('engine-dependent math in @neuronlab/data', () => {
  const src = fileURLToPath(new URL('.', import.meta.url));

  it('finds the source files it guards', () => {
    expect(guardedSources(src).length).toBeGreaterThan(20);
  });

  it('uses detMath instead of Math.exp, Math.sin, ** and the like in every source file', () => {
    expect(engineMathOffenders(src)).toEqual([]);
  });

  it('would catch an offender (the patterns match what they must)', () => {
    expect('y = Math.exp(x) + Math.hypot(a, b)'.match(ENGINE_MATH)).toEqual(['Math.exp', 'Math.hypot']);
    expect('a ** b; c ** 2; d ** 0.5'.match(POWER)).toHaveLength(3);
  });
});
