// AssemblyScript source of the WebAssembly SIMD matmul kernel embedded in @neuronlab/core
// (src/kernels/matmul-wasm-bytes.ts). Rebuild with `pnpm --filter @neuronlab/core build:wasm`.
//
// It mirrors the pure-JS blocked path of src/kernels/matmul.ts step for step — the same block sizes (both take them
// from src/kernels/matmul-blocks.ts; the build writes them into matmul-blocks.as.ts), the same packing, the same
// order of every multiply and add, no fused multiply-add — so both paths give bit-identical results. The difference
// is only that the 4×4 register tile is held in eight f64x2 vectors, so each instruction does two multiply-adds.

import { KC, MC, MR, NC, NR } from './matmul-blocks.as';

/** First free byte after the module's own static data; the JS side places its buffers from here. */
export function heapBase(): usize {
  return (__heap_base + 15) & ~15;
}

/**
 * c += op(A)·op(B) (each output's products added to it one by one, in order) where A(i, p) = a[i*ars + p*acs], B(p, j) = b[p*brs + j*bcs] (indices in f64 elements), c is m×n
 * row-major. pa and pb are scratch areas of MC*KC and KC*NC f64s for the packed blocks.
 */
export function gemm(
  a: usize,
  b: usize,
  c: usize,
  m: i32,
  k: i32,
  n: i32,
  ars: i32,
  acs: i32,
  brs: i32,
  bcs: i32,
  pa: usize,
  pb: usize,
): void {
  for (let j0 = 0; j0 < n; j0 += NC) {
    const nc = min(NC, n - j0);
    for (let p0 = 0; p0 < k; p0 += KC) {
      const kc = min(KC, k - p0);
      packB(b, brs, bcs, p0, j0, kc, nc, pb);
      for (let i0 = 0; i0 < m; i0 += MC) {
        const mc = min(MC, m - i0);
        packA(a, ars, acs, i0, p0, mc, kc, pa);
        for (let jp = 0; jp * NR < nc; jp++) {
          const cols = min(NR, nc - jp * NR);
          for (let ip = 0; ip * MR < mc; ip++) {
            const rows = min(MR, mc - ip * MR);
            const cOff = c + ((<usize>((i0 + ip * MR) * n + j0 + jp * NR)) << 3);
            kernel(pa + ((<usize>(ip * MR * kc)) << 3), pb + ((<usize>(jp * NR * kc)) << 3), kc, cOff, n, rows, cols);
          }
        }
      }
    }
  }
}

function packB(b: usize, brs: i32, bcs: i32, p0: i32, j0: i32, kc: i32, nc: i32, dst: usize): void {
  let o = dst;
  for (let jp = 0; jp * NR < nc; jp++) {
    const jBase = j0 + jp * NR;
    const width = min(NR, nc - jp * NR);
    if (width === NR) {
      packPanel(b, p0 * brs + jBase * bcs, brs, bcs, kc, o);
      o += (<usize>(kc * NR)) << 3;
      continue;
    }
    for (let p = 0; p < kc; p++) {
      const row = (p0 + p) * brs + jBase * bcs;
      for (let jj = 0; jj < NR; jj++) {
        store<f64>(o, jj < width ? load<f64>(b + ((<usize>(row + jj * bcs)) << 3)) : 0.0);
        o += 8;
      }
    }
  }
}

function packA(a: usize, ars: i32, acs: i32, i0: i32, p0: i32, mc: i32, kc: i32, dst: usize): void {
  let o = dst;
  for (let ip = 0; ip * MR < mc; ip++) {
    const iBase = i0 + ip * MR;
    const height = min(MR, mc - ip * MR);
    if (height === MR) {
      packPanel(a, iBase * ars + p0 * acs, acs, ars, kc, o);
      o += (<usize>(kc * MR)) << 3;
      continue;
    }
    for (let p = 0; p < kc; p++) {
      const col = iBase * ars + (p0 + p) * acs;
      for (let ii = 0; ii < MR; ii++) {
        store<f64>(o, ii < height ? load<f64>(a + ((<usize>(col + ii * ars)) << 3)) : 0.0);
        o += 8;
      }
    }
  }
}

/**
 * A whole panel of four lanes (MR = NR = 4, as the kernel's two vectors per row assume): for each of kc depths, the
 * four values src[start + p*ps + l*ls] (l = 0..3) in a row.
 * The same values in the same places as the edge loops above write, without their per-value test; when the lanes
 * are adjacent in memory (ls = 1) each depth is two 16-byte copies.
 */
function packPanel(src: usize, start: i32, ps: i32, ls: i32, kc: i32, dst: usize): void {
  let o = dst;
  if (ls === 1) {
    for (let p = 0; p < kc; p++) {
      const from = src + ((<usize>(start + p * ps)) << 3);
      v128.store(o, v128.load(from));
      v128.store(o, v128.load(from, 16), 16);
      o += 32;
    }
    return;
  }
  const step = (<usize>ls) << 3;
  for (let p = 0; p < kc; p++) {
    const from = src + ((<usize>(start + p * ps)) << 3);
    store<f64>(o, load<f64>(from));
    store<f64>(o, load<f64>(from + step), 8);
    store<f64>(o, load<f64>(from + 2 * step), 16);
    store<f64>(o, load<f64>(from + 3 * step), 24);
    o += 32;
  }
}

/** Row `c`'s first `cols` sums as two vectors (lanes past the matrix's edge start at 0). */
function loadLo(c: usize, cols: i32): v128 {
  if (cols >= 2) return v128.load(c);
  return f64x2.replace_lane(f64x2.splat(0.0), 0, load<f64>(c));
}

function loadHi(c: usize, cols: i32): v128 {
  if (cols === 4) return v128.load(c, 16);
  if (cols === 3) return f64x2.replace_lane(f64x2.splat(0.0), 0, load<f64>(c, 16));
  return f64x2.splat(0.0);
}

/** Writes row `c`'s first `cols` sums back. */
function storeTile(c: usize, lo: v128, hi: v128, cols: i32): void {
  if (cols === 4) {
    v128.store(c, lo);
    v128.store(c, hi, 16);
    return;
  }
  store<f64>(c, f64x2.extract_lane(lo, 0));
  if (cols > 1) store<f64>(c, f64x2.extract_lane(lo, 1), 8);
  if (cols > 2) store<f64>(c, f64x2.extract_lane(hi, 0), 16);
}

/**
 * c[tile] += A panel · B panel, each sum starting from c's value and written back, so every output adds its products
 * in order across blocks (as the JS kernel does; rows past the edge start at 0 and are never written).
 */
function kernel(pa: usize, pb: usize, kc: i32, c: usize, n: i32, rows: i32, cols: i32): void {
  const stride = (<usize>n) << 3;
  const zero = f64x2.splat(0.0);
  let c0l = loadLo(c, cols),
    c0h = loadHi(c, cols);
  let c1l = rows > 1 ? loadLo(c + stride, cols) : zero,
    c1h = rows > 1 ? loadHi(c + stride, cols) : zero;
  let c2l = rows > 2 ? loadLo(c + 2 * stride, cols) : zero,
    c2h = rows > 2 ? loadHi(c + 2 * stride, cols) : zero;
  let c3l = rows > 3 ? loadLo(c + 3 * stride, cols) : zero,
    c3h = rows > 3 ? loadHi(c + 3 * stride, cols) : zero;
  for (let p = 0; p < kc; p++) {
    const bl = v128.load(pb);
    const bh = v128.load(pb, 16);
    const a0 = v128.load64_splat(pa);
    c0l = f64x2.add(c0l, f64x2.mul(a0, bl));
    c0h = f64x2.add(c0h, f64x2.mul(a0, bh));
    const a1 = v128.load64_splat(pa, 8);
    c1l = f64x2.add(c1l, f64x2.mul(a1, bl));
    c1h = f64x2.add(c1h, f64x2.mul(a1, bh));
    const a2 = v128.load64_splat(pa, 16);
    c2l = f64x2.add(c2l, f64x2.mul(a2, bl));
    c2h = f64x2.add(c2h, f64x2.mul(a2, bh));
    const a3 = v128.load64_splat(pa, 24);
    c3l = f64x2.add(c3l, f64x2.mul(a3, bl));
    c3h = f64x2.add(c3h, f64x2.mul(a3, bh));
    pa += 32;
    pb += 32;
  }
  storeTile(c, c0l, c0h, cols);
  if (rows > 1) storeTile(c + stride, c1l, c1h, cols);
  if (rows > 2) storeTile(c + 2 * stride, c2l, c2h, cols);
  if (rows > 3) storeTile(c + 3 * stride, c3l, c3h, cols);
}
