import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WriteFs } from './atomic-write.js';
import { writeNewDirectory } from './new-directory.js';

const FILES = [
  { name: 'weights.bin', content: new Uint8Array([1, 2, 3, 4]) },
  { name: 'model.json', content: '{"format":"layers-model"}\n' },
];

describe('writeNewDirectory', () => {
  it('creates the directory with every file in it, and nothing else beside it', () => {
    const parent = mkdtempSync(join(tmpdir(), 'neuronlab-newdir-'));
    writeNewDirectory(join(parent, 'web'), FILES, '--out');
    expect(readdirSync(parent)).toEqual(['web']);
    expect(readdirSync(join(parent, 'web')).sort()).toEqual(['model.json', 'weights.bin']);
    expect(readFileSync(join(parent, 'web', 'model.json'), 'utf8')).toBe('{"format":"layers-model"}\n');
    expect([...readFileSync(join(parent, 'web', 'weights.bin'))]).toEqual([1, 2, 3, 4]);
  });

  it('gives the directory the permissions of any new directory (the umask’s), not a private temporary one’s', () => {
    const parent = mkdtempSync(join(tmpdir(), 'neuronlab-newdir-'));
    fs.mkdirSync(join(parent, 'plain'));
    writeNewDirectory(join(parent, 'web'), FILES, '--out');
    const mode = (name: string) => fs.statSync(join(parent, name)).mode & 0o777;
    expect(mode('web')).toBe(mode('plain'));
    expect(mode('web') & 0o700).toBe(0o700);
  });

  it('leaves no directory, empty or partial, and no temporary one, when the disk fills on the second file', () => {
    const parent = mkdtempSync(join(tmpdir(), 'neuronlab-newdir-'));
    let writes = 0;
    const full: WriteFs = {
      ...fs,
      writeSync: ((...args: Parameters<typeof fs.writeSync>) => {
        if (++writes === 2) throw Object.assign(new Error('ENOSPC: injected, write'), { code: 'ENOSPC' });
        return (fs.writeSync as (...a: unknown[]) => number)(...args);
      }) as typeof fs.writeSync,
    };
    expect(() => writeNewDirectory(join(parent, 'web'), FILES, '--out', full)).toThrow(
      new RegExp(`--out could not write "${join(parent, 'web', 'model.json')}": .*ENOSPC`),
    );
    expect(readdirSync(parent)).toEqual([]);
  });
});
