import type { Stats } from 'node:fs';
import * as nodeFs from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { usageError } from '../errors.js';
import type { Messages } from '../i18n/messages-en.js';

/** The file system calls the checks make (node:fs, or a test double). */
type CheckFs = Pick<typeof nodeFs, 'lstatSync' | 'statSync'>;

/** A file the run reads, which a save must never overwrite. */
export interface InputFile {
  /** The flag that names it (`--data`, `--init`). */
  readonly flag: string;
  readonly path: string | null | undefined;
}

/** What a file system entry is: a key of the message tables' `errors.kinds`. */
export type FileKind = keyof Messages['errors']['kinds'];

/** What a file system entry is, for an error line in any language. */
export function fileKind(stats: Stats): FileKind {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  if (stats.isCharacterDevice()) return 'characterDevice';
  if (stats.isBlockDevice()) return 'blockDevice';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isSymbolicLink()) return 'symlink';
  return 'other';
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unreadable';
}

/** lstat, or null when nothing is there. */
function lstatOrNull(fs: CheckFs, path: string): Stats | null {
  try {
    return fs.lstatSync(path);
  } catch (error) {
    if (code(error) === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Checks that a write to `path` would only create a regular file or replace one, and returns the path to rename onto:
 * `path` itself, or the file a symbolic link points at (so the link stays a link). A device (`/dev/null`), a FIFO, a
 * socket, a directory or a link to any of them is refused: renaming over them would replace a system's device node
 * with a file.
 */
export function checkReplaceable(flag: string, path: string, fs: CheckFs = nodeFs): string {
  let stats: Stats | null;
  try {
    stats = lstatOrNull(fs, path);
    if (stats?.isSymbolicLink()) stats = fs.statSync(path);
  } catch (error) {
    const quoted = JSON.stringify(path);
    throw code(error) === 'ENOENT'
      ? usageError('outDanglingLink', flag, quoted)
      : usageError('outUnusable', flag, quoted, code(error));
  }
  if (stats === null || stats.isFile()) return stats === null ? path : nodeFs.realpathSync(path);
  if (stats.isDirectory()) {
    throw usageError('outDirectory', flag, JSON.stringify(path));
  }
  throw usageError('outNotRegular', flag, JSON.stringify(path), fileKind(stats));
}

/** Refuses a save onto a file the run reads: same device and inode, so a hard link or a symbolic link counts too. */
function checkNotAnInput(flag: string, path: string, inputs: readonly InputFile[]): void {
  let out: Stats;
  try {
    out = nodeFs.statSync(path);
  } catch {
    return; // nothing there yet: it cannot be an input
  }
  for (const input of inputs) {
    if (!input.path) continue;
    let stats: Stats;
    try {
      stats = nodeFs.statSync(input.path);
    } catch {
      continue; // the reader reports a missing input in its own words
    }
    if (stats.dev === out.dev && stats.ino === out.ino) {
      throw usageError('outIsInput', flag, JSON.stringify(path), input.flag, JSON.stringify(input.path));
    }
  }
}

/** Creates and removes a file in `dir`: the one test of writability that holds for root and for a read-only mount. */
export function checkWritable(flag: string, dir: string): void {
  const probe = join(dir, `.neuronlab-probe.${process.pid}.${Date.now()}`);
  try {
    nodeFs.closeSync(nodeFs.openSync(probe, 'wx', 0o600));
    nodeFs.rmSync(probe, { force: true });
  } catch (error) {
    throw usageError('outNotWritable', flag, JSON.stringify(dir), code(error));
  }
}

/**
 * Checks, before any work, that `path` can be written by `flag` (`--save`, `--out`): a file name (not empty, no
 * trailing slash) in an existing, writable directory; nothing there, or a regular file that is none of `inputs`.
 * Catching this up front turns a late error about a temporary file into one clear line, before training starts.
 */
export function checkOutputPath(
  flag: string,
  path: string | null | undefined,
  inputs: readonly InputFile[] = [],
): void {
  if (path === null || path === undefined) return;
  if (path === '') throw usageError('outNameEmpty', flag);
  if (path.endsWith('/')) throw usageError('outEndsWithSlash', flag, JSON.stringify(path));
  const dir = dirname(resolve(path));
  if (!nodeFs.existsSync(dir) || !nodeFs.statSync(dir).isDirectory()) {
    throw usageError('outNoDirectory', flag, JSON.stringify(path), dir);
  }
  const target = checkReplaceable(flag, path);
  checkNotAnInput(flag, path, inputs);
  checkWritable(flag, dirname(resolve(target)));
}
