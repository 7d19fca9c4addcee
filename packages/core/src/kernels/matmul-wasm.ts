/**
 * Runs the blocked matmul in the embedded WebAssembly SIMD kernel (see matmul-wasm-bytes.ts) when the engine can.
 *
 * The kernel works on its own linear memory, so operands are copied in and the result copied out; that is O(mk + kn
 * + mn) against O(mkn) arithmetic, a few percent at the sizes where this path is used. It does exactly the same
 * floating-point operations in the same order as the JS blocked path, so results are bit-identical either way.
 * Engines without WebAssembly SIMD (or a page that forbids compiling) fall back to JS silently.
 */
import { KC, MC, NC } from './matmul-blocks.js';
import { matmulWasmBytes } from './matmul-wasm-bytes.js';

interface KernelExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  heapBase(): number;
  gemm(...args: number[]): void;
}

// The tiny slice of the WebAssembly API used here, typed locally so core needs neither DOM nor Node typings.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

/** The packed-block scratch the kernel is handed: one MC×KC block of A and one KC×NC block of B. */
const PACK_A = MC * KC;
const PACK_B = KC * NC;

let kernel: KernelExports | null | undefined;
let view = new Float64Array(0);

function load(): KernelExports | null {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (wasm === undefined) return null;
  try {
    return new wasm.Instance(new wasm.Module(matmulWasmBytes), {}).exports as KernelExports;
  } catch {
    // no SIMD support, or compiling is not allowed here (CSP): the JS path does the same work
    return null;
  }
}

/** Rounds an f64 index up to an even one, so every block starts 16-byte aligned for the v128 loads. */
const even = (i: number): number => (i + 1) & ~1;

/**
 * Rows of A and out copied into the kernel per call, at most this many values together (16 MiB): a product with a
 * tall A (evaluating a whole dataset at once) runs in row chunks, so the kernel's memory stays small. Rows are
 * independent and each keeps its order of additions, so chunking changes no bit of the result.
 */
const CHUNK_VALUES = 1 << 21;

/**
 * out(m×n) += op(A)·op(B) in the wasm kernel, with A(i, p) = a[i·ars + p·acs] and B(p, j) = b[p·brs + j·bcs].
 * Returns false (having done nothing) when the kernel is unavailable; the caller then runs the JS path.
 */
export function gemmWasm(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  m: number,
  k: number,
  n: number,
  ars: number,
  acs: number,
  brs: number,
  bcs: number,
): boolean {
  if (kernel === undefined) kernel = load();
  if (kernel === null) return false;
  const rows = Math.min(m, Math.max(4, Math.floor(CHUNK_VALUES / (k + n))));
  const bo = even(kernel.heapBase() / 8);
  const ao = even(bo + k * n);
  const co = even(ao + rows * k);
  const pa = even(co + rows * n);
  const pb = pa + PACK_A;
  if (!ensureMemory(kernel, (pb + PACK_B) * 8)) return false;
  view.set(b.length === k * n ? b : b.subarray(0, k * n), bo);
  for (let r0 = 0; r0 < m; r0 += rows) {
    const mr = Math.min(rows, m - r0);
    let chunkArs = ars;
    let chunkAcs = acs;
    if (mr === m) {
      view.set(a.length === m * k ? a : a.subarray(0, m * k), ao);
    } else if (acs === 1) {
      // row-major A: the chunk's rows are contiguous
      view.set(a.subarray(r0 * ars, (r0 + mr) * ars), ao);
    } else {
      // transposed A (stored k×m): the chunk is a column range of every stored row; gather it into a k×mr block
      for (let p = 0; p < k; p++) view.set(a.subarray(p * acs + r0, p * acs + r0 + mr), ao + p * mr);
      chunkArs = 1;
      chunkAcs = mr;
    }
    view.set(mr === m && out.length === m * n ? out : out.subarray(r0 * n, (r0 + mr) * n), co);
    kernel.gemm(ao * 8, bo * 8, co * 8, mr, k, n, chunkArs, chunkAcs, brs, bcs, pa * 8, pb * 8);
    out.set(view.subarray(co, co + mr * n), r0 * n);
  }
  return true;
}

function ensureMemory(k: KernelExports, bytes: number): boolean {
  const have = k.memory.buffer.byteLength;
  if (have < bytes) {
    try {
      k.memory.grow(Math.ceil((bytes - have) / 65536));
    } catch {
      return false; // out of address space: let the JS path try
    }
  }
  if (view.buffer !== k.memory.buffer) view = new Float64Array(k.memory.buffer);
  return true;
}

/** Whether the WebAssembly SIMD kernel loaded in this engine (compiles it on first call). */
export function wasmKernelAvailable(): boolean {
  if (kernel === undefined) kernel = load();
  return kernel !== null;
}

/** Test hook: `false` forces the JS path, `true` re-enables the kernel. @internal */
export function useWasmKernel(enabled: boolean): void {
  kernel = enabled ? load() : null;
}
