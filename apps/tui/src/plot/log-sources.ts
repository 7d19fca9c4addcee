import { type Dirent, readdirSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { usageError } from '../errors.js';
import { formatByName, type LogFormat } from './log-format.js';

/** A log file to read and the run its points belong to. */
export interface LogInput {
  readonly path: string;
  readonly run: string;
  /** Named on the command line (a file that is no log is an error) rather than found in a directory (skipped). */
  readonly explicit: boolean;
}

/** Names a writer gives every run's file, so the run is named by the directory instead. */
const GENERIC = /^(metrics\.csv|events\.jsonl|events\.out\.tfevents\..*)$/;
/** How deep a log directory is searched for runs (TensorBoard's logdir/run/version/… layouts fit). */
const MAX_DEPTH = 4;
/**
 * When one directory holds several kinds of log, the one read: neuronlab's events.jsonl carries the most (test loss,
 * accuracy, learning rate), then TensorBoard's files, then CSV; a run is never drawn twice from two copies.
 */
const PREFERRED: readonly LogFormat[] = ['events-jsonl', 'tfevents', 'csv'];

/** A log's own name: its file name without the extension. */
function stem(name: string): string {
  return name.replace(/\.[^.]*$/, '') || name;
}

/** The run a file named on its own belongs to: its directory for a writer's generic name, else its own name. */
function fileRun(path: string): string {
  const name = basename(path);
  if (!GENERIC.test(name)) return stem(name);
  return basename(dirname(resolve(path)));
}

/** The log files directly in `dir`, of the one format PREFERRED picks, sorted by name. */
function logFilesIn(dir: string, names: readonly string[]): string[] {
  const byFormat = new Map<LogFormat, string[]>();
  for (const name of names) {
    const format = formatByName(name);
    if (format === null || !isFile(join(dir, name))) continue;
    byFormat.set(format, [...(byFormat.get(format) ?? []), name]);
  }
  const pick = PREFERRED.find((f) => byFormat.has(f));
  return pick
    ? byFormat
        .get(pick)!
        .sort()
        .map((n) => join(dir, n))
    : [];
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Every run under a log directory, like TensorBoard: each directory holding logs under a writer's generic name is a
 * run named by its path (all its event files one run), and a log named on its own (Keras's `exp-a.csv`) is a run named
 * by its path and its name, so two experiments logged side by side stay two runs.
 */
function dirRuns(root: string, out: LogInput[], dir = root, depth = 0): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const under = relative(root, dir);
  const run = under || basename(resolve(root));
  for (const path of logFilesIn(
    dir,
    entries.map((e) => e.name),
  )) {
    const name = basename(path);
    out.push({ path, run: GENERIC.test(name) ? run : join(under, stem(name)), explicit: false });
  }
  if (depth >= MAX_DEPTH) return;
  for (const e of entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name)))
    dirRuns(root, out, join(dir, e.name), depth + 1);
}

/**
 * The log files named by the command line's paths: a file as given, a directory searched for runs. Called again while
 * following, so runs that appear later are found. A path that does not exist is an error.
 */
export function findLogs(paths: readonly string[]): LogInput[] {
  const out: LogInput[] = [];
  for (const path of paths) {
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch {
      throw usageError('pathMissing', JSON.stringify(path));
    }
    if (stats.isDirectory()) dirRuns(path, out);
    else out.push({ path, run: fileRun(path), explicit: true });
  }
  return out;
}
