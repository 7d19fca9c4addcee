import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as blocks from './matmul-blocks.js';

const script = new URL('../../scripts/build-wasm.mjs', import.meta.url);

describe("core's embedded WebAssembly matmul kernel", () => {
  it('is exactly what AssemblyScript compiles from wasm/matmul.as.ts and the block sizes of matmul-blocks.ts', () => {
    // --check regenerates the block sizes and recompiles in a temporary folder; it exits non-zero when the committed
    // wasm/matmul-blocks.as.ts or the bytes embedded in core differ from that fresh build
    const out = execFileSync(process.execPath, [script.pathname, '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/embedded kernel matches its source \(\d+ bytes\)/);
  }, 120_000);

  it('reads its block sizes from the generated file that states the JS values', () => {
    const generated = readFileSync(new URL('../../wasm/matmul-blocks.as.ts', import.meta.url), 'utf8');
    const values = Object.fromEntries(
      [...generated.matchAll(/export const ([A-Z]+): i32 = (\d+);/g)].map(([, name, v]) => [name, Number(v)]),
    );
    expect(values).toEqual({ ...blocks });
    expect(readFileSync(new URL('../../wasm/matmul.as.ts', import.meta.url), 'utf8')).toContain(
      "import { KC, MC, MR, NC, NR } from './matmul-blocks.as';",
    );
  });
});
