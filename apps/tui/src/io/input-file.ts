import type { Stats } from 'node:fs';
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { kindOf } from './output-path.js';

function refuse(flag: string, path: string, stats: Stats): never {
  throw new UsageError(
    `${flag} ${JSON.stringify(path)} is ${kindOf(stats)}, not a regular file. Give a file (a FIFO or a device may never end).`,
  );
}

/**
 * Checks that an input named by `flag` (`--data`, `--init`, `--model`) is a regular file, before anything opens it:
 * opening a FIFO with no writer blocks the whole thread (signals included), and a device such as /dev/zero never
 * ends. Follows symbolic links; a missing file is left to the reader, which names it in its own words.
 */
export function checkInputFile(flag: string, path: string): void {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return;
  }
  if (!stats.isFile()) refuse(flag, path, stats);
}

/**
 * Reads an input file as UTF-8 text. Opened non-blocking and checked on the open descriptor, so a FIFO swapped in
 * after a check can neither block the thread nor be read. Node's errors (ENOENT, EACCES) pass through.
 */
export function readInputText(flag: string, path: string): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) refuse(flag, path, stats);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}
