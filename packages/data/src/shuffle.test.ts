import { Rng } from '@neuronlab/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permutation } from './shuffle.js';

describe('permutation', () => {
  it('gives the same order for a seed and another for another seed', () => {
    expect(permutation(30, 1)).toEqual(permutation(30, 1));
    expect(permutation(30, 1)).not.toEqual(permutation(30, 2));
  });

  it('advances a passed Rng so successive permutations differ', () => {
    const rng = new Rng(4);
    expect(permutation(20, rng)).not.toEqual(permutation(20, rng));
  });

  it('orders 0 … n−1 for any size and seed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 0xffffffff }), (n, seed) => {
        expect([...permutation(n, seed)].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
    );
  });
});
