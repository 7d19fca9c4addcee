import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = join(dirname(fileURLToPath(import.meta.url)), '../scripts/build-wasm.mjs');

describe("core's embedded WebAssembly matmul kernel", () => {
  it('is exactly what AssemblyScript compiles from wasm/matmul.as.ts today', () => {
    // --check recompiles the source and exits non-zero when the bytes embedded in core differ
    const out = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/embedded kernel matches its source \(\d+ bytes\)/);
  }, 120_000);
});
