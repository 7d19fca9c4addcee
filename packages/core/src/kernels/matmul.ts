/**
 * Float64 matrix multiply on plain row-major Float64Arrays: out (m×n) = op(A) (m×k) · op(B) (k×n). Every product in
 * core (the matmul and linear ops, so every dense layer) runs through matmulInto: this is the one seam for speed.
 *
 * Small products run a direct loop whose order keeps the innermost loop on contiguous memory. Larger ones are
 * cache-blocked the way BLAS libraries do it: a kc×nc block of B and an mc×kc block of A are packed into contiguous
 * panels (so the inner loop never strides, and transposes cost nothing extra), and a 4×4 register tile of the output
 * is loaded into local variables, accumulated across the whole kc depth and written back once. Where the engine
 * supports WebAssembly SIMD, the blocked path runs the same algorithm in an embedded wasm kernel (matmul-wasm.ts),
 * bit-identical and several times faster (see packages/bench results, case 3). The block sizes live in
 * matmul-blocks.ts, which the wasm source also takes.
 */
import { ShapeError } from '../errors.js';
import { KC, MC, MR, NC, NR } from './matmul-blocks.js';
import { gemmWasm } from './matmul-wasm.js';

/** How matmulInto reads its operands and treats `out`. */
export interface MatmulOptions {
  /** Read `a` as a k×m matrix and use its transpose. @default false */
  readonly transposeA?: boolean;
  /** Read `b` as an n×k matrix and use its transpose. @default false */
  readonly transposeB?: boolean;
  /** Add the product to `out` instead of overwriting it (for gradient accumulation). @default false */
  readonly accumulate?: boolean;
}

/**
 * Most multiply-adds (m·k·n) a product runs through the direct loop; larger ones take the blocked kernel, which adds
 * each output's products in the same order (so a batch's rows equal the rows alone, bit for bit). The direct loop wins up to here even against the wasm kernel, which pays for copying and packing (the small
 * network's 32×2×16 and 32×16×1 layers stay direct, its 32×16×16 one takes the kernel; see packages/bench results,
 * case 2). Both environments (with and without WebAssembly SIMD) switch at the same size, so results stay identical
 * everywhere.
 */
export const DIRECT_LIMIT = 4096;

let packedA: Float64Array = new Float64Array(MC * KC);
let packedB: Float64Array = new Float64Array(KC * NC);

/**
 * Writes op(A)·op(B) into `out` (or adds it with `accumulate`) and returns `out`. All arrays are row-major;
 * `a` holds m×k values (k×m with transposeA), `b` k×n (n×k with transposeB), `out` m×n. `out` must not alias a or b.
 */
export function matmulInto(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  m: number,
  k: number,
  n: number,
  options: MatmulOptions = {},
): Float64Array {
  checkShapes(a, b, out, m, k, n);
  const ta = options.transposeA === true;
  const tb = options.transposeB === true;
  if (options.accumulate !== true) out.fill(0, 0, m * n);
  if (m === 0 || n === 0 || k === 0) return out;
  if (m * k * n <= DIRECT_LIMIT) {
    directProduct(a, b, out, m, k, n, ta, tb);
    return out;
  }
  // A(i, p) = a[i * ars + p * acs]; B(p, j) = b[p * brs + j * bcs]
  const ars = ta ? 1 : k;
  const acs = ta ? m : 1;
  const brs = tb ? 1 : n;
  const bcs = tb ? k : 1;
  if (gemmWasm(a, b, out, m, k, n, ars, acs, brs, bcs)) return out;
  for (let j0 = 0; j0 < n; j0 += NC) {
    const nc = Math.min(NC, n - j0);
    for (let p0 = 0; p0 < k; p0 += KC) {
      const kc = Math.min(KC, k - p0);
      packedB = pack(packedB, b, brs, bcs, j0, p0, nc, kc, NR);
      for (let i0 = 0; i0 < m; i0 += MC) {
        const mc = Math.min(MC, m - i0);
        packedA = pack(packedA, a, acs, ars, i0, p0, mc, kc, MR);
        multiplyPacked(out, n, i0, j0, mc, nc, kc);
      }
    }
  }
  return out;
}

function checkShapes(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
  // called on every layer of every step: no allocation on the happy path
  if (!isSize(m) || !isSize(k) || !isSize(n)) {
    const [name, v] = !isSize(m) ? ['m', m] : !isSize(k) ? ['k', k] : ['n', n];
    throw new RangeError(`matmulInto: ${name} must be a whole number >= 0, got ${String(v)}. Pass the matrix size.`);
  }
  if (a.length < m * k || b.length < k * n || out.length < m * n) {
    throw new ShapeError(
      `matmulInto: arrays too short for [${m},${k}]·[${k},${n}], got lengths a=${a.length}, b=${b.length}, ` +
        `out=${out.length}. Allocate m*k, k*n and m*n values.`,
    );
  }
}

function isSize(v: number): boolean {
  return Number.isInteger(v) && v >= 0;
}

/**
 * Unblocked product for small shapes; each branch keeps its innermost loop on contiguous memory. Every output sums
 * its k products in order p = 0..k−1, added straight into `out` (a dense layer's bias is its starting value).
 */
function directProduct(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  m: number,
  k: number,
  n: number,
  ta: boolean,
  tb: boolean,
): void {
  if (n === 1) {
    // one output column (a single unit, or a 1-input weight gradient): flat loops, since nested loops of length 1
    // cost more than the arithmetic. Each sum takes the same terms in the same order as in the branches below.
    singleColumn(a, b, out, m, k, ta ? 1 : k, ta ? m : 1, tb);
    return;
  }
  if (!ta && !tb) {
    for (let i = 0; i < m; i++) {
      const oi = i * n;
      for (let p = 0; p < k; p++) {
        const aip = a[i * k + p]!;
        const bp = p * n;
        for (let j = 0; j < n; j++) out[oi + j]! += aip * b[bp + j]!;
      }
    }
  } else if (ta && !tb) {
    for (let p = 0; p < k; p++) {
      const bp = p * n;
      for (let i = 0; i < m; i++) {
        const api = a[p * m + i]!;
        const oi = i * n;
        for (let j = 0; j < n; j++) out[oi + j]! += api * b[bp + j]!;
      }
    }
  } else {
    // out(i, j) = Σ_p A(i, p)·B(p, j) as a dot product; with tb both rows are contiguous when A is not transposed
    const ars = ta ? 1 : k;
    const acs = ta ? m : 1;
    const brs = tb ? 1 : n;
    const bcs = tb ? k : 1;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += a[i * ars + p * acs]! * b[p * brs + j * bcs]!;
        out[i * n + j]! += s;
      }
    }
  }
}

/** directProduct for n = 1, with A(i, p) = a[i·ars + p·acs] and B(p, 0) = b[p] (either layout of a k-vector). */
function singleColumn(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  m: number,
  k: number,
  ars: number,
  acs: number,
  tb: boolean,
): void {
  if (k === 1) {
    // out = a·b₀, one product per row (the tutorial's 1→1 layer): the same operations as the loop below, unrolled
    const b0 = b[0]!;
    if (tb) for (let i = 0; i < m; i++) out[i] = out[i]! + (0 + a[i * ars]! * b0);
    else for (let i = 0; i < m; i++) out[i] = out[i]! + a[i * ars]! * b0;
    return;
  }
  for (let i = 0; i < m; i++) {
    // without tb the products are added into out one by one; with tb they form a dot product added once
    let s = tb ? 0 : out[i]!;
    for (let p = 0; p < k; p++) s += a[i * ars + p * acs]! * b[p]!;
    out[i] = tb ? out[i]! + s : s;
  }
}

/**
 * Packs a block of `src` (depth p0..p0+kc, lanes l0..l0+count) into `width`-wide lane panels, each laid out
 * p-major, with missing lanes as 0; element (p, l) is src[p * ps + l * ls]. Returns `dst`, grown if too small.
 * B packs its columns as lanes (NR wide), A its rows (MR tall).
 */
function pack(
  dst: Float64Array,
  src: Float64Array,
  ps: number,
  ls: number,
  l0: number,
  p0: number,
  count: number,
  kc: number,
  width: number,
): Float64Array {
  const panels = Math.ceil(count / width);
  const out = dst.length < panels * width * kc ? new Float64Array(panels * width * kc) : dst;
  let o = 0;
  for (let lp = 0; lp < panels; lp++) {
    const lBase = l0 + lp * width;
    const filled = Math.min(width, count - lp * width);
    for (let p = 0; p < kc; p++) {
      const start = (p0 + p) * ps + lBase * ls;
      for (let l = 0; l < width; l++) out[o++] = l < filled ? src[start + l * ls]! : 0;
    }
  }
  return out;
}

/** Runs the 4×4 micro-kernel over every tile of the packed blocks, carrying each tile's sums on in `out`. */
function multiplyPacked(
  out: Float64Array,
  n: number,
  i0: number,
  j0: number,
  mc: number,
  nc: number,
  kc: number,
): void {
  const pa = packedA;
  const pb = packedB;
  for (let jp = 0; jp * NR < nc; jp++) {
    const bOff = jp * NR * kc;
    const cols = Math.min(NR, nc - jp * NR);
    for (let ip = 0; ip * MR < mc; ip++) {
      const rows = Math.min(MR, mc - ip * MR);
      microKernel(pa, ip * MR * kc, pb, bOff, kc, out, (i0 + ip * MR) * n + j0 + jp * NR, n, rows, cols);
    }
  }
}

/**
 * out[tile] += Apanel (4×kc) · Bpanel (kc×4), with the 16 sums held in locals for the whole depth. Each sum starts
 * from the output's value and is written back, so an output adds its products one by one in order p = 0..k−1 across
 * every block, exactly as the direct loop does: a batch's row comes out bit-identical to the same row alone.
 */
function microKernel(
  pa: Float64Array,
  aOff: number,
  pb: Float64Array,
  bOff: number,
  kc: number,
  out: Float64Array,
  cOff: number,
  n: number,
  rows: number,
  cols: number,
): void {
  // a tile past the matrix's edge starts its missing sums at 0 and never writes them back
  const full = rows === 4 && cols === 4;
  const at = (r: number, c: number) => (full || (r < rows && c < cols) ? out[cOff + r * n + c]! : 0);
  let c00 = at(0, 0),
    c01 = at(0, 1),
    c02 = at(0, 2),
    c03 = at(0, 3);
  let c10 = at(1, 0),
    c11 = at(1, 1),
    c12 = at(1, 2),
    c13 = at(1, 3);
  let c20 = at(2, 0),
    c21 = at(2, 1),
    c22 = at(2, 2),
    c23 = at(2, 3);
  let c30 = at(3, 0),
    c31 = at(3, 1),
    c32 = at(3, 2),
    c33 = at(3, 3);
  let ai = aOff;
  let bi = bOff;
  for (let p = 0; p < kc; p++, ai += 4, bi += 4) {
    const b0 = pb[bi]!,
      b1 = pb[bi + 1]!,
      b2 = pb[bi + 2]!,
      b3 = pb[bi + 3]!;
    const a0 = pa[ai]!;
    c00 += a0 * b0;
    c01 += a0 * b1;
    c02 += a0 * b2;
    c03 += a0 * b3;
    const a1 = pa[ai + 1]!;
    c10 += a1 * b0;
    c11 += a1 * b1;
    c12 += a1 * b2;
    c13 += a1 * b3;
    const a2 = pa[ai + 2]!;
    c20 += a2 * b0;
    c21 += a2 * b1;
    c22 += a2 * b2;
    c23 += a2 * b3;
    const a3 = pa[ai + 3]!;
    c30 += a3 * b0;
    c31 += a3 * b1;
    c32 += a3 * b2;
    c33 += a3 * b3;
  }
  if (full) {
    setRow(out, cOff, c00, c01, c02, c03);
    setRow(out, cOff + n, c10, c11, c12, c13);
    setRow(out, cOff + 2 * n, c20, c21, c22, c23);
    setRow(out, cOff + 3 * n, c30, c31, c32, c33);
    return;
  }
  const tile = [c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[cOff + r * n + c] = tile[r * 4 + c]!;
  }
}

function setRow(out: Float64Array, o: number, v0: number, v1: number, v2: number, v3: number): void {
  out[o] = v0;
  out[o + 1] = v1;
  out[o + 2] = v2;
  out[o + 3] = v3;
}
