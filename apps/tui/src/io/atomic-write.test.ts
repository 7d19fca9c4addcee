import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WriteFs } from './atomic-write.js';
import { WriteFailure, writeFileAtomic } from './atomic-write.js';

/** The real file system with faults injected at the write boundary. */
function faulty(faults: Partial<WriteFs>): WriteFs {
  return {
    openSync: fs.openSync,
    writeSync: fs.writeSync,
    fsyncSync: fs.fsyncSync,
    closeSync: fs.closeSync,
    renameSync: fs.renameSync,
    rmSync: fs.rmSync,
    lstatSync: fs.lstatSync,
    statSync: fs.statSync,
    fchmodSync: fs.fchmodSync,
    ...faults,
  } as WriteFs;
}

const errno = (code: string) => Object.assign(new Error(`${code}: injected, write`), { code });

/** A directory holding `old.json` with known content. */
function withOldFile(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'neuronlab-atomic-'));
  const path = join(dir, 'old.json');
  writeFileSync(path, 'the good old file\n');
  return { dir, path };
}

const text = `${'0123456789'.repeat(3000)}\n`;

describe('writeFileAtomic', () => {
  it('writes everything when each write takes only part of what was asked (a nearly full disk)', () => {
    const { path } = withOldFile();
    let calls = 0;
    const short = faulty({
      writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
        calls++;
        return fs.writeSync(fd, buffer, offset, Math.min(length, 8192));
      }) as WriteFs['writeSync'],
    });
    writeFileAtomic(path, text, '--save', short);
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(calls).toBeGreaterThan(1);
  });

  it('keeps the old file, removes the temporary one and names the path when the disk fills up', () => {
    const { dir, path } = withOldFile();
    let calls = 0;
    const full = faulty({
      writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
        if (++calls > 1) throw errno('ENOSPC');
        return fs.writeSync(fd, buffer, offset, Math.min(length, 8192));
      }) as WriteFs['writeSync'],
    });
    expect(() => writeFileAtomic(path, text, '--save', full)).toThrow(WriteFailure);
    expect(readFileSync(path, 'utf8')).toBe('the good old file\n');
    expect(readdirSync(dir)).toEqual(['old.json']);
  });

  it('treats a write that takes nothing as a full disk instead of looping forever', () => {
    const { dir, path } = withOldFile();
    const stuck = faulty({ writeSync: (() => 0) as WriteFs['writeSync'] });
    expect(() => writeFileAtomic(path, text, '--save', stuck)).toThrow(/no space left on device \(ENOSPC\)/);
    expect(readFileSync(path, 'utf8')).toBe('the good old file\n');
    expect(readdirSync(dir)).toEqual(['old.json']);
  });

  it.each([
    ['fsyncSync', 'EIO'],
    ['closeSync', 'EIO'],
    ['renameSync', 'EXDEV'],
    ['openSync', 'EMFILE'],
  ] as const)(
    'keeps the old file when %s fails with %s, in one line naming the path and not the temporary file',
    (call, code) => {
      const { dir, path } = withOldFile();
      const broken = faulty({
        [call]: () => {
          throw errno(code);
        },
      });
      let message = '';
      try {
        writeFileAtomic(path, text, '--save', broken);
      } catch (error) {
        expect(error).toBeInstanceOf(WriteFailure);
        message = (error as Error).message;
      }
      expect(message).toContain(`--save could not write ${JSON.stringify(path)}`);
      expect(message).toContain(`(${code})`);
      expect(message).not.toMatch(/\.tmp/);
      expect(message.split('\n')).toHaveLength(1);
      expect(readFileSync(path, 'utf8')).toBe('the good old file\n');
      expect(readdirSync(dir)).toEqual(['old.json']);
    },
  );

  it('refuses at the last moment a target that became a FIFO while the file was written', () => {
    const { dir, path } = withOldFile();
    // another process swaps the target for a FIFO between the check at open and the rename
    const swapped = faulty({
      fsyncSync: ((fd: number) => {
        fs.rmSync(path);
        execFileSync('mkfifo', [path]);
        return fs.fsyncSync(fd);
      }) as WriteFs['fsyncSync'],
    });
    expect(() => writeFileAtomic(path, text, '--save', swapped)).toThrow(
      /is a FIFO \(named pipe\); only a regular file/,
    );
    expect(fs.lstatSync(path).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['old.json']);
  });

  it('writes chunks in order and follows a symbolic link to a regular file, keeping the link', () => {
    const { dir, path } = withOldFile();
    const link = join(dir, 'link.json');
    fs.symlinkSync('old.json', link);
    writeFileAtomic(link, ['a,', 'b\n', 'c'], '--out');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('a,b\nc');
  });

  it('creates a file as any new file is (0666 less the umask) and keeps the permissions of a file it replaces', () => {
    const { dir, path } = withOldFile();
    fs.chmodSync(path, 0o600);
    writeFileAtomic(path, 'private, still\n', '--save');
    expect(fs.statSync(path).mode & 0o777).toBe(0o600);
    writeFileSync(join(dir, 'plain.json'), '');
    writeFileAtomic(join(dir, 'new.json'), 'new\n', '--save');
    const mode = (name: string) => fs.statSync(join(dir, name)).mode & 0o777;
    expect(mode('new.json')).toBe(mode('plain.json'));
  });
});
