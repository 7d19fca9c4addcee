import { phrase } from './check/phrase.js';
import { checkNumber, type NumberRule } from './check/rules.js';
import { detMath } from './math/det-math.js';
import { CORE_PHRASES } from './phrases.js';

/** What a seed must be, everywhere a seed is given: a whole number an Rng accepts (32 bits). */
export const SEED_RULE: NumberRule = Object.freeze({
  integer: true,
  min: 0,
  max: 0xffffffff,
  hint: phrase(CORE_PHRASES, 'wholeNumberSuchAs', 42),
});

/**
 * Seeded pseudo-random numbers that are bit-identical in every JavaScript engine.
 *
 * xoshiro128** on 32-bit integers (Math.imul keeps every step exact), seeded through splitmix32 so that
 * neighbouring seeds give unrelated streams. No Math.random anywhere in the packages: every initializer and
 * generator takes one of these.
 */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** The seed this generator was made from. */
  readonly seed: number;

  constructor(seed: number) {
    checkNumber('Rng: seed', seed, SEED_RULE);
    this.seed = seed;
    let x = seed >>> 0;
    const next = (): number => {
      // splitmix32: spreads the seed's bits over the whole state
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A float64 uniform in [0, 1) with 53 random bits. */
  next(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** A float64 uniform in [low, high). */
  uniform(low = 0, high = 1): number {
    return low + (high - low) * this.next();
  }

  /** An integer uniform in [0, n), without modulo bias. */
  int(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > 0x100000000) {
      throw new RangeError(`Rng.int: n must be an integer from 1 to 4294967296, got ${String(n)}.`);
    }
    const limit = 0x100000000 - (0x100000000 % n);
    for (;;) {
      const v = this.nextUint32();
      if (v < limit) return v % n;
    }
  }

  /** A standard normal sample (Box–Muller; one draw per call keeps the stream easy to reason about). */
  normal(mean = 0, std = 1): number {
    // 1 - next() lies in (0, 1], so the log is finite
    const u = 1 - this.next();
    const v = this.next();
    return mean + std * Math.sqrt(-2 * detMath.log(u)) * detMath.cos(2 * Math.PI * v);
  }

  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T extends { length: number; [i: number]: unknown }>(items: T): T {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }

  /** A new generator whose stream is determined by this one's next output: for independent sub-streams. */
  fork(): Rng {
    return new Rng(this.nextUint32());
  }

  /** The full internal state, for checkpoints. */
  getState(): [number, number, number, number] {
    return [this.s0, this.s1, this.s2, this.s3];
  }

  /** Restores a state taken with getState(). */
  setState(state: readonly [number, number, number, number]): void {
    [this.s0, this.s1, this.s2, this.s3] = state;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
