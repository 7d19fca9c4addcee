import { checkNumber, Rng } from '@neuronlab/core';
import { checkSeed, DEFAULT_SEED } from './generator.js';

/** A seeded random ordering of 0 … n−1 (Fisher–Yates with core's Rng). */
export function permutation(n: number, seed: number | Rng = DEFAULT_SEED): Uint32Array {
  checkNumber('permutation: n', n, { integer: true, min: 0 });
  const rng = toRng('permutation', seed);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return rng.shuffle(order);
}

/** `seed` as an Rng: an Rng is used as it is; anything else must be a valid seed (errors name `where`). */
export function toRng(where: string, seed: number | Rng): Rng {
  // Test for an object, not for a number, so a bad seed from plain JS gets checkSeed's message rather than a crash
  if (typeof seed === 'object' && seed !== null) return seed;
  checkSeed(where, seed);
  return new Rng(seed);
}
