/**
 * The matmul kernel's block sizes, stated once. The JS path (matmul.ts) imports them; scripts/build-wasm.mjs writes
 * them into wasm/matmul-blocks.as.ts for the WebAssembly kernel, so both paths block, pack and sum alike and give
 * bit-identical results. After changing one, run `pnpm --filter @neuronlab/core build:wasm`.
 */

/** Rows of the register tile: the micro-kernel holds MR×NR sums in locals (in the wasm kernel, in SIMD lanes). */
export const MR = 4;
/** Columns of the register tile. */
export const NR = 4;
/** Depth of a packed block: a KC×NR panel of B (8 KiB) stays in L1. */
export const KC = 256;
/** Rows of a packed block of A: an MC×KC block (256 KiB) stays in L2. */
export const MC = 128;
/** Columns of a packed block of B. */
export const NC = 2048;
