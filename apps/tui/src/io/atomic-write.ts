import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkReplaceable } from './output-path.js';

/** The file system calls an atomic write makes: node:fs, or a double that injects faults (short writes, ENOSPC). */
export type WriteFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'lstatSync' | 'statSync'
>;

/** A write that failed part way (disk full, I/O error): the old file is unchanged; reported as one line, exit 1. */
export class WriteFailure extends Error {
  override name = 'WriteFailure';
}

/** Temporary files not yet renamed into place: removed on every way out of the process, a signal's included. */
const pending = new Set<string>();
let exitHookInstalled = false;

function track(tmp: string): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // 'exit' runs for process.exit() too, which is how a signal ends the process (see signals.ts)
    process.on('exit', () => {
      for (const path of pending) nodeFs.rmSync(path, { force: true });
    });
  }
  pending.add(tmp);
}

/** The reason in a Node error, without the path it names (which may be the temporary file's). */
function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (typeof e.code !== 'string') return (e as Error).message ?? String(error);
  const text = (e.message ?? '').replace(/^[A-Z0-9]+: /, '').replace(/,.*$/, '');
  return `${text} (${e.code})`;
}

/** Writes all of `bytes`: `writeSync` may write fewer than asked (a nearly full disk), so loop on its count. */
function writeAll(fs: WriteFs, fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const n = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    // no progress and no error: the device takes nothing more, which is a full disk by another name
    if (n <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    offset += n;
  }
}

/**
 * Writes `content` (one string, or chunks written one after another) to `path` so that readers see either the old
 * file or the whole new one, never part of it: write a temporary file beside it, flush it to disk, then rename it
 * over the target (atomic on one filesystem). Only a regular file is ever replaced (checked again just before the
 * rename); a symbolic link to one is followed, so the link stays. Any failure leaves the old file as it was, removes
 * the temporary file and throws a WriteFailure naming `path`. Synchronous on purpose: a signal handler can finish it
 * before the process exits.
 */
export function writeFileAtomic(
  path: string,
  content: string | Iterable<string>,
  flag = 'save',
  fs: WriteFs = nodeFs,
): void {
  const target = checkReplaceable(flag, path, fs);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd = -1;
  try {
    // 'wx': never open something already there under the temporary name (a planted link or FIFO)
    fd = fs.openSync(tmp, 'wx', 0o644);
    track(tmp);
    for (const chunk of typeof content === 'string' ? [content] : content) writeAll(fs, fd, Buffer.from(chunk));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = -1;
    checkReplaceable(flag, path, fs);
    fs.renameSync(tmp, target);
    pending.delete(tmp);
  } catch (error) {
    if (fd >= 0) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    pending.delete(tmp);
    if (!(error instanceof Error) || !('code' in error)) throw error;
    throw new WriteFailure(
      `${flag} could not write ${JSON.stringify(path)}: ${reason(error)}. The file there before, if any, is unchanged.`,
    );
  }
}
