import type { Stats } from 'node:fs';
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { usageError } from '../errors.js';
import { fileKind } from './output-path.js';

/** Refuses anything but a regular file of at most `maxBytes` bytes. */
function checkStats(flag: string, path: string, stats: Stats, maxBytes: number): void {
  if (!stats.isFile()) {
    throw usageError('notRegular', flag, JSON.stringify(path), fileKind(stats));
  }
  if (stats.size > maxBytes) throw usageError('tooLarge', flag, JSON.stringify(path), stats.size, maxBytes);
}

/**
 * Checks that an input named by `flag` (`--data`, `--init`, `--model`) is a regular file of at most `maxBytes`, before
 * anything opens it: opening a FIFO with no writer blocks the whole thread, and a device such as /dev/zero never
 * ends. Follows symbolic links; a missing file is left to the reader, which names it in its own words.
 */
export function checkInputFile(flag: string, path: string, maxBytes = Number.POSITIVE_INFINITY): void {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return;
  }
  checkStats(flag, path, stats, maxBytes);
}

/**
 * Reads an input file of at most `maxBytes` as UTF-8 text. Opened non-blocking and checked on the open descriptor, so
 * a FIFO or a bigger file swapped in after a check can neither block the thread nor be read. Node's errors (ENOENT,
 * EACCES) pass through.
 */
export function readInputText(flag: string, path: string, maxBytes = Number.POSITIVE_INFINITY): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    checkStats(flag, path, fstatSync(fd), maxBytes);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens an input file for reading in pieces (a log that may grow while it is read): non-blocking and checked on the
 * open descriptor like readInputText, so a FIFO or a device is refused without blocking. The caller closes the fd.
 */
export function openInputFile(flag: string, path: string): number {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    checkStats(flag, path, fstatSync(fd), Number.POSITIVE_INFINITY);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return fd;
}
