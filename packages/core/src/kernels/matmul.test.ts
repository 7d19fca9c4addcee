import { describe, expect, it } from 'vitest';
import { ShapeError } from '../errors.js';
import { Rng } from '../rng.js';
import { DIRECT_LIMIT, matmulInto } from './matmul.js';
import { KC } from './matmul-blocks.js';

/** op(A)·op(B) by the definition, one dot product per output: the reference the kernel must match. */
function reference(a: Float64Array, b: Float64Array, m: number, k: number, n: number, ta: boolean, tb: boolean) {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += (ta ? a[p * m + i]! : a[i * k + p]!) * (tb ? b[j * k + p]! : b[p * n + j]!);
      out[i * n + j] = s;
    }
  }
  return out;
}

function randomArray(rng: Rng, length: number): Float64Array {
  return Float64Array.from({ length }, () => rng.uniform(-1, 1));
}

// The blocked path sums in a different order than the reference; with |values| < 1 and k ≤ 600 the rounding
// difference stays far below 1e-12 relative to the k-term sum's scale.
function expectClose(actual: Float64Array, expected: Float64Array, k: number): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
  expect(worst).toBeLessThan(1e-12 * k + 1e-15);
}

const shapes: [number, number, number][] = [
  [1, 1, 1],
  [1, 7, 1],
  [3, 1, 5],
  [2, 3, 4],
  [5, 7, 3],
  [17, 33, 9],
  [64, 100, 128],
  [33, 257, 35],
  [130, 300, 7],
  [1, 600, 70],
];

describe('matmulInto', () => {
  for (const [m, k, n] of shapes) {
    for (const ta of [false, true]) {
      for (const tb of [false, true]) {
        it(`matches the naive product for ${m}x${k}·${k}x${n} (transposeA ${ta}, transposeB ${tb})`, () => {
          const rng = new Rng(m * 1000 + k * 10 + n);
          const a = randomArray(rng, m * k);
          const b = randomArray(rng, k * n);
          const out = randomArray(rng, m * n); // garbage that must be overwritten
          matmulInto(a, b, out, m, k, n, { transposeA: ta, transposeB: tb });
          expectClose(out, reference(a, b, m, k, n, ta, tb), k);
        });
      }
    }
  }

  it('adds the product to out when accumulate is set', () => {
    const rng = new Rng(3);
    for (const [m, k, n] of [
      [3, 4, 5],
      [40, 50, 60],
    ] as const) {
      const a = randomArray(rng, m * k);
      const b = randomArray(rng, k * n);
      const start = randomArray(rng, m * n);
      const out = start.slice();
      matmulInto(a, b, out, m, k, n, { accumulate: true, transposeB: true });
      const expected = reference(a, b, m, k, n, false, true).map((v, i) => v + start[i]!);
      expectClose(out, expected, k);
    }
  });

  it('agrees with the reference on random shapes drawn from a seed', () => {
    const rng = new Rng(11);
    for (let trial = 0; trial < 25; trial++) {
      const m = 1 + rng.int(80);
      const k = 1 + rng.int(150);
      const n = 1 + rng.int(80);
      const ta = rng.next() < 0.5;
      const tb = rng.next() < 0.5;
      const a = randomArray(rng, m * k);
      const b = randomArray(rng, k * n);
      const out = new Float64Array(m * n);
      matmulInto(a, b, out, m, k, n, { transposeA: ta, transposeB: tb });
      expectClose(out, reference(a, b, m, k, n, ta, tb), k);
    }
  });

  it('zeroes out when the inner dimension is 0', () => {
    const out = new Float64Array([1, 2, 3, 4]);
    matmulInto(new Float64Array(0), new Float64Array(0), out, 2, 0, 2);
    expect(Array.from(out)).toEqual([0, 0, 0, 0]);
  });

  it('gives bit-identical results on repeated calls', () => {
    const rng = new Rng(5);
    const a = randomArray(rng, 70 * 300);
    const b = randomArray(rng, 300 * 50);
    const first = matmulInto(a, b, new Float64Array(70 * 50), 70, 300, 50);
    const second = matmulInto(a, b, new Float64Array(70 * 50), 70, 300, 50);
    expect(Array.from(second)).toEqual(Array.from(first));
  });

  it('throws a ShapeError naming the sizes when an array is too short', () => {
    expect(() => matmulInto(new Float64Array(5), new Float64Array(6), new Float64Array(4), 2, 3, 2)).toThrow(
      ShapeError,
    );
    expect(() => matmulInto(new Float64Array(5), new Float64Array(6), new Float64Array(4), 2, 3, 2)).toThrow(
      /\[2,3\]·\[3,2\]/,
    );
  });

  it('throws a RangeError for a size that is not a whole number', () => {
    expect(() => matmulInto(new Float64Array(4), new Float64Array(4), new Float64Array(4), 2, 2.5, 2)).toThrow(
      RangeError,
    );
  });
});

describe('matmulInto, blocked against direct', () => {
  // 300 > KC inputs, so the blocked path crosses a block boundary; one row (1·300·8 ≤ DIRECT_LIMIT) runs direct
  const [m, k, n] = [500, 300, 8];
  const rng = new Rng(3);
  const a = randomArray(rng, m * k);
  const b = randomArray(rng, k * n);
  const bias = randomArray(rng, n);

  it('adds to each output its products in order across blocks: rows of a tall product equal the rows alone, bit for bit', () => {
    expect(k).toBeGreaterThan(KC);
    expect(k * n).toBeLessThanOrEqual(DIRECT_LIMIT);
    expect(m * k * n).toBeGreaterThan(DIRECT_LIMIT);
    // a dense layer: every output starts at its bias
    const all = new Float64Array(m * n);
    for (let i = 0; i < m; i++) all.set(bias, i * n);
    matmulInto(a, b, all, m, k, n, { accumulate: true });
    for (let i = 0; i < m; i++) {
      const row = Float64Array.from(bias);
      matmulInto(a.subarray(i * k, (i + 1) * k), b, row, 1, k, n, { accumulate: true });
      expect(Array.from(all.subarray(i * n, (i + 1) * n))).toEqual(Array.from(row));
    }
  });

  it('gives the same bits as the direct dot products with B transposed', () => {
    const bt = Float64Array.from({ length: n * k }, (_, i) => b[(i % k) * n + Math.floor(i / k)]!);
    const all = matmulInto(a, bt, new Float64Array(m * n), m, k, n, { transposeB: true });
    for (let i = 0; i < m; i++) {
      const row = matmulInto(a.subarray(i * k, (i + 1) * k), bt, new Float64Array(n), 1, k, n, { transposeB: true });
      expect(Array.from(all.subarray(i * n, (i + 1) * n))).toEqual(Array.from(row));
    }
  });
});
