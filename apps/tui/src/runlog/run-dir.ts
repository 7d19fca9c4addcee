import * as fs from 'node:fs';
import { basename, join } from 'node:path';
import { datasetLabel, formatNumber, type Recipe } from '@neuronlab/lab';
import { usageError } from '../errors.js';
import { checkWritable } from '../io/output-path.js';

/** The environment variable that gives `--log-dir` when the flag is left out. */
export const LOG_DIR_ENV = 'NEURONLAB_LOG_DIR';

/** A log directory and where it was given: the flag or the environment variable, as its errors name it. */
export interface LogDir {
  readonly path: string;
  readonly from: '--log-dir' | typeof LOG_DIR_ENV;
}

/** The log directory a command line asks for: `--log-dir`, else NEURONLAB_LOG_DIR, else null (no log). */
export function logDirFrom(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): LogDir | null {
  if (flag !== undefined) return { path: flag, from: '--log-dir' };
  const fromEnv = env[LOG_DIR_ENV];
  return fromEnv === undefined || fromEnv === '' ? null : { path: fromEnv, from: LOG_DIR_ENV };
}

/**
 * Makes sure runs can be written under `root`: an existing directory (created with its parents if missing) in which
 * this process can create files. Called before any training, so a bad log directory is one line and exit 2.
 */
export function checkLogRoot({ path: root, from: flag }: LogDir): void {
  if (root === '') throw usageError('logDirEmpty', flag);
  let stats: fs.Stats | null = null;
  try {
    stats = fs.statSync(root);
  } catch {
    try {
      fs.mkdirSync(root, { recursive: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unusable';
      throw usageError('logDirUncreatable', flag, JSON.stringify(root), code);
    }
  }
  if (stats !== null && !stats.isDirectory()) {
    throw usageError('logDirIsFile', flag, JSON.stringify(root));
  }
  checkWritable(flag, root);
}

/** The longest `--run-name`, in characters. */
const MAX_RUN_NAME = 200;

/** Checks a `--run-name`: one plain path component, so a run never lands outside its log directory. */
export function checkRunName(name: string): string {
  if (name === '' || name === '.' || name === '..' || /[/\\\p{Cc}]/u.test(name) || name.length > MAX_RUN_NAME) {
    throw usageError('runNamePlain', JSON.stringify(name), MAX_RUN_NAME);
  }
  return name;
}

/** `20261206-101705`: the local time a run started, as a name part that sorts in time order. */
function stamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`;
}

/**
 * A readable name for a run: what trained, how, and when (`celsius-neuron-sgd-lr1e-4-20261206-101705`). A CSV run is
 * named after its file (`temps` for `data/temps.csv`), in letters, digits and `.+_-` only, so the name is always one
 * plain path component.
 */
export function runNameFor(recipe: Recipe, date: Date = new Date()): string {
  const file = basename(datasetLabel(recipe)).replace(/\.csv$/i, '');
  const data =
    file
      .replace(/[^\p{L}\p{N}_.+-]+/gu, '-')
      .slice(0, 40)
      .replace(/^[.-]+|-+$/g, '') || 'csv';
  const lr = formatNumber(recipe.lr).replace(/[^\w.+-]/g, '');
  return `${data}-${recipe.model.kind}-${recipe.optimizer}-lr${lr}-${stamp(date)}`;
}

/**
 * Creates the run's own new directory under `root` and returns its path. A name given with --run-name must be new; a
 * made-up name gets `-2`, `-3`… until it is: an existing run is never written into.
 */
export function createRunDir(root: string, name: string, explicit: boolean): string {
  for (let n = 1; n < 10_000; n++) {
    const dir = join(root, n === 1 ? name : `${name}-${n}`);
    try {
      fs.mkdirSync(dir, { mode: 0o755 });
      return dir;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw usageError('logDirUncreatable', '--log-dir', JSON.stringify(dir), String(code));
      }
      if (explicit) {
        throw usageError('runNameTaken', JSON.stringify(name), JSON.stringify(root));
      }
    }
  }
  throw usageError('runNamesUsedUp', JSON.stringify(root), JSON.stringify(name));
}
