import { Rng } from '@neuronlab/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from './fixtures.test-util.js';
import { permutation, shuffleDataset } from './shuffle.js';

describe('shuffleDataset', () => {
  it('moves whole rows, keeping every x next to its own y', () => {
    const s = shuffleDataset(tinyDataset(30), 9);
    for (let r = 0; r < s.n; r++) {
      expect(s.x[2 * r]).toBe(s.y[r]);
      expect(s.x[2 * r + 1]).toBe(10 * s.y[r]!);
    }
    expect([...s.y]).not.toEqual([...tinyDataset(30).y]);
  });

  it('gives the same order for a seed and another for another seed', () => {
    expect(shuffleDataset(tinyDataset(30), 1).y).toEqual(shuffleDataset(tinyDataset(30), 1).y);
    expect(shuffleDataset(tinyDataset(30), 1).y).not.toEqual(shuffleDataset(tinyDataset(30), 2).y);
  });

  it('advances a passed Rng so successive permutations differ', () => {
    const rng = new Rng(4);
    expect(permutation(20, rng)).not.toEqual(permutation(20, rng));
  });

  it('is a permutation for any size and seed, and leaves the source untouched (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 0xffffffff }), (n, seed) => {
        const d = tinyDataset(n);
        const s = shuffleDataset(d, seed);
        expect([...s.y].sort((a, b) => a - b)).toEqual([...d.y]);
        expect([...d.y]).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
    );
  });
});
