import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkReplaceable } from './output-path.js';

/** The file system calls an atomic write makes: node:fs, or a double that injects faults (short writes, ENOSPC). */
export type WriteFs = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'rmSync'
  | 'lstatSync'
  | 'statSync'
  | 'fchmodSync'
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

/**
 * A hidden name beside `target` for the file or directory that becomes it: in the same directory (so the rename is
 * atomic), unique to this process and this call, and never the target's own name.
 */
export function tempBeside(target: string, suffix = ''): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}${suffix}`);
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
 * A file being written atomically: readers see either the old file at `path` or the whole new one, never part of it.
 * The content goes to a temporary file beside the target; `commit` flushes it to disk and renames it over the target
 * (atomic on one filesystem). Only a regular file is ever replaced (checked at `open` and again just before the
 * rename); a symbolic link to one is followed, so the link stays. Any failure leaves the old file as it was, removes
 * the temporary file and throws a WriteFailure naming `path`, never the temporary name. Every call is synchronous, so
 * a signal is heard only between calls, and the temporary file is removed on that way out too.
 */
export class AtomicFile {
  private fd = -1;
  private readonly tmp: string;
  private readonly target: string;

  private constructor(
    readonly path: string,
    private readonly flag: string,
    private readonly fs: WriteFs,
  ) {
    this.target = checkReplaceable(flag, path, fs);
    this.tmp = tempBeside(this.target, '.tmp');
  }

  /** Starts writing `path`; `flag` (`--save`, `--out`) names it in error lines. */
  static open(path: string, flag: string, fs: WriteFs = nodeFs): AtomicFile {
    const file = new AtomicFile(path, flag, fs);
    // 'wx': never open something already there under the temporary name (a planted link or FIFO)
    file.guard(() => {
      // 0666 less the umask, as any new file; a file replaced keeps its own permissions (a private model stays private)
      file.fd = fs.openSync(file.tmp, 'wx', 0o666);
      track(file.tmp);
      const before = fs.statSync(file.target, { throwIfNoEntry: false });
      if (before !== undefined) fs.fchmodSync(file.fd, before.mode & 0o777);
    });
    return file;
  }

  /** Appends `content` (text as UTF-8, or bytes), all of it. */
  write(content: string | Uint8Array): void {
    this.guard(() => writeAll(this.fs, this.fd, typeof content === 'string' ? Buffer.from(content) : content));
  }

  /** Flushes the file to disk and renames it into place. */
  commit(): void {
    this.guard(() => {
      this.fs.fsyncSync(this.fd);
      this.fs.closeSync(this.fd);
      this.fd = -1;
      checkReplaceable(this.flag, this.path, this.fs);
      this.fs.renameSync(this.tmp, this.target);
      pending.delete(this.tmp);
    });
  }

  /** Gives up: removes the temporary file; the old file stays. Safe to call more than once. */
  discard(): void {
    if (this.fd >= 0) {
      const fd = this.fd;
      this.fd = -1;
      try {
        this.fs.closeSync(fd);
      } catch {
        // the descriptor is gone either way; the file is removed next
      }
    }
    this.fs.rmSync(this.tmp, { force: true });
    pending.delete(this.tmp);
  }

  /** Runs a step; on failure discards the file and turns Node's error into one line about the user's path. */
  private guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      this.discard();
      if (!(error instanceof Error) || !('code' in error)) throw error;
      throw new WriteFailure(
        `${this.flag} could not write ${JSON.stringify(this.path)}: ${reason(error)}. The file there before, if any, is unchanged.`,
      );
    }
  }
}

/** Writes `content` (one string, or chunks in order) to `path` atomically; see AtomicFile. */
export function writeFileAtomic(
  path: string,
  content: string | Iterable<string>,
  flag = '--save',
  fs: WriteFs = nodeFs,
): void {
  const file = AtomicFile.open(path, flag, fs);
  try {
    for (const chunk of typeof content === 'string' ? [content] : content) file.write(chunk);
    file.commit();
  } finally {
    file.discard();
  }
}
