import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const ROWS = 1_000_000;
// An old-space limit below the file's own size: holding the text as one string cannot fit, streaming can.
const HEAP_MB = 16;

let dir = '';
let file = '';

/** Runs `code` (an ES module) in a child Node with a small heap, from the package dir so imports resolve. */
function inSmallHeap(code: string) {
  return run(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--input-type=module', '-e', code], {
    cwd: packageDir,
  });
}

// writing the 20 MB file takes seconds on a busy machine
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neuronlab-million-'));
  file = join(dir, 'million.csv');
  const out = createWriteStream(file);
  out.write('x1,x2,y\n');
  for (let start = 0; start < ROWS; start += 10_000) {
    let block = '';
    for (let i = start; i < start + 10_000; i++) block += `${i},${i / 4},${i % 7}\n`;
    if (!out.write(block)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// each test starts a child Node that parses the million rows (or runs out of heap trying): seconds, not milliseconds
describe('a million-row CSV file', () => {
  it('streams from disk within a heap smaller than the file', async () => {
    const { size } = await stat(file);
    expect(size).toBeGreaterThan(HEAP_MB * 1024 * 1024);
    const { stdout } = await inSmallHeap(`
      import { readCsvFile } from '@neuronlab/data/node';
      const d = await readCsvFile(${JSON.stringify(file)});
      console.log(JSON.stringify([d.n, d.inputDim, d.x[2 * 999999], d.x[2 * 999999 + 1], d.y[999999], d.y[7]]));
    `);
    expect(JSON.parse(stdout)).toEqual([ROWS, 2, 999999, 999999 / 4, 999999 % 7, 0]);
  }, 120_000);

  it('would not fit that heap if read as one string (the control that shows the limit bites)', async () => {
    const naive = inSmallHeap(`
      import { readFileSync } from 'node:fs';
      import { parseCsv } from '@neuronlab/data/csv';
      console.log(parseCsv(readFileSync(${JSON.stringify(file)}, 'utf8')).n);
    `);
    // it must die of the heap limit, not of some other mistake in the snippet
    await expect(naive).rejects.toMatchObject({ stderr: expect.stringMatching(/heap out of memory|heap limit/i) });
  }, 120_000);
});
