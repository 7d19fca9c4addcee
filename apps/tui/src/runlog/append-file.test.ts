import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppendFile, FLUSH_MS } from './append-file.js';

/** A new file path in a fresh directory. */
function freshPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'neuronlab-append-')), 'log.jsonl');
}

describe('AppendFile', () => {
  it('keeps records in their order, text and bytes alike, and has all of them on disk once closed', () => {
    const path = freshPath();
    const f = new AppendFile(path);
    for (let i = 0; i < 1000; i++) f.write(`{"n":${i}}\n`);
    f.write(new Uint8Array([0x41, 0x0a]));
    f.close();
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1001);
    expect(lines.slice(0, 1000)).toEqual(Array.from({ length: 1000 }, (_, i) => `{"n":${i}}`));
    expect(lines[1000]).toBe('A');
  });

  it('gets a record to disk within a fraction of a second without being closed, so a killed run keeps it', async () => {
    const path = freshPath();
    const f = new AppendFile(path);
    f.write('first\n');
    // held back at first: one write per batch, not per record
    expect(readFileSync(path, 'utf8')).toBe('');
    await vi.waitUntil(() => readFileSync(path, 'utf8') === 'first\n', { timeout: FLUSH_MS * 20, interval: 5 });
    f.write('second\n');
    await vi.waitUntil(() => readFileSync(path, 'utf8') === 'first\nsecond\n', { timeout: FLUSH_MS * 20, interval: 5 });
    f.close();
  });

  it('writes at once once a batch is large, and drops writes after close', () => {
    const path = freshPath();
    const f = new AppendFile(path);
    const big = `${'x'.repeat(1 << 16)}\n`;
    f.write(big);
    expect(readFileSync(path, 'utf8')).toBe(big);
    f.close();
    f.write('late\n');
    f.close();
    expect(readFileSync(path, 'utf8')).toBe(big);
  });

  it('never writes over a file already there', () => {
    const path = freshPath();
    new AppendFile(path).close();
    expect(() => new AppendFile(path)).toThrow(/EEXIST/);
  });
});
