import { Rng, ShapeError } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';

describe('@neuronlab/core public API', () => {
  it('gives the same random stream for the same seed', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(new Rng(8).next()).not.toBe(xs[0]);
  });

  it('exports error classes that are real Errors', () => {
    expect(new ShapeError('matmul: bad')).toBeInstanceOf(Error);
  });
});
