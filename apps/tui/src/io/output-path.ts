import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Checks, before any work, that `path` can be written by `flag` (`--save`, `--out`): its directory exists and it is
 * not itself a directory. Catching this up front turns a late ENOENT about a temporary file into one clear line.
 */
export function checkOutputPath(flag: string, path: string | null | undefined): void {
  if (path === null || path === undefined) return;
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`${flag} needs an existing directory, got ${JSON.stringify(path)}. Create ${dir} first.`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new UsageError(`${flag} must name a file, got the directory ${JSON.stringify(path)}. Add a file name.`);
  }
}
