import { afterEach, describe, expect, it } from 'vitest';
import { Rng } from '../rng.js';
import { matmulInto } from './matmul.js';
import { useWasmKernel, wasmKernelAvailable } from './matmul-wasm.js';

function randomArray(rng: Rng, length: number): Float64Array {
  return Float64Array.from({ length }, () => rng.uniform(-1, 1));
}

function product(
  a: Float64Array,
  b: Float64Array,
  start: Float64Array,
  dims: [number, number, number],
  ta: boolean,
  tb: boolean,
) {
  const [m, k, n] = dims;
  return matmulInto(a, b, start.slice(), m, k, n, { transposeA: ta, transposeB: tb, accumulate: true });
}

describe('the WebAssembly SIMD matmul kernel', () => {
  afterEach(() => useWasmKernel(true));

  it('loads in Node 20, which supports WebAssembly SIMD', () => {
    expect(wasmKernelAvailable()).toBe(true);
  });

  it('gives bit-identical results to the JS path, so runs reproduce with or without SIMD', () => {
    const rng = new Rng(21);
    const shapes: [number, number, number][] = [
      [8, 9, 10],
      [32, 16, 1],
      [64, 100, 128],
      [33, 257, 35],
      [130, 300, 7],
      [5, 600, 41],
    ];
    for (const dims of shapes) {
      const [m, k, n] = dims;
      const a = randomArray(rng, m * k);
      const b = randomArray(rng, k * n);
      const start = randomArray(rng, m * n);
      for (const ta of [false, true]) {
        for (const tb of [false, true]) {
          useWasmKernel(true);
          const wasm = product(a, b, start, dims, ta, tb);
          useWasmKernel(false);
          const js = product(a, b, start, dims, ta, tb);
          expect(Array.from(wasm)).toEqual(Array.from(js));
        }
      }
    }
  });

  it('falls back to the JS path in an engine without WebAssembly', () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'WebAssembly')!;
    const rng = new Rng(8);
    const a = randomArray(rng, 40 * 50);
    const b = randomArray(rng, 50 * 30);
    const withWasm = matmulInto(a, b, new Float64Array(40 * 30), 40, 50, 30);
    try {
      Reflect.deleteProperty(globalThis, 'WebAssembly');
      useWasmKernel(true);
      expect(wasmKernelAvailable()).toBe(false);
      const without = matmulInto(a, b, new Float64Array(40 * 30), 40, 50, 30);
      expect(Array.from(without)).toEqual(Array.from(withWasm));
    } finally {
      Object.defineProperty(globalThis, 'WebAssembly', saved);
    }
  });

  it('splits a tall product into row chunks without changing a bit of the result', () => {
    // 2,700 rows of 800 + 3 values exceed the 2^21 values copied per chunk, so this runs as two chunks
    const rng = new Rng(12);
    const [m, k, n] = [2700, 800, 3];
    const a = randomArray(rng, m * k);
    const b = randomArray(rng, k * n);
    const start = randomArray(rng, m * n);
    for (const ta of [false, true]) {
      useWasmKernel(true);
      const wasm = product(a, b, start, [m, k, n], ta, false);
      useWasmKernel(false);
      const js = product(a, b, start, [m, k, n], ta, false);
      expect(Array.from(wasm)).toEqual(Array.from(js));
    }
  });

  it('keeps working after its memory grows for a larger product', () => {
    const rng = new Rng(4);
    const small = matmulInto(randomArray(rng, 40 * 40), randomArray(rng, 40 * 40), new Float64Array(1600), 40, 40, 40);
    expect(small.every(Number.isFinite)).toBe(true);
    const m = 300;
    const a = randomArray(rng, m * m);
    const b = randomArray(rng, m * m);
    const wasm = matmulInto(a, b, new Float64Array(m * m), m, m, m);
    useWasmKernel(false);
    const js = matmulInto(a, b, new Float64Array(m * m), m, m, m);
    expect(Array.from(wasm)).toEqual(Array.from(js));
  });
});
