import { type FSWatcher, watch } from 'node:fs';
import { usageError } from '../errors.js';
import { LogFile, NotALogError } from './log-file.js';
import type { ScalarColumns } from './log-point.js';
import { findLogs } from './log-sources.js';

/** How often a followed log is looked at even when no file-system event arrived (network disks, some editors). */
const POLL_MS = 250;
/**
 * Bytes read from one file before the others get their turn and the screen a chance to draw. Small, because what a
 * slice allocates is alive until it is handed on, and the less of that the young generation finds alive when it is
 * collected, the less moves to the old one (see packages/bench results, case 6).
 */
const SLICE = 1 << 16;

/** Where the feed sends what it reads. */
export interface FeedSink {
  /** Scalars of one file; `reset` says the file started over, so its earlier points are dropped first. */
  scalars(file: LogFile, scalars: ScalarColumns, reset: boolean): void | Promise<void>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads the logs named on the command line into a sink, in slices so that a huge file never blocks the screen: once to
 * the end, or following them (watching with fs.watch, polling as a fallback) until stopped. While following, a file
 * that shrinks or is replaced is read again from the start, and a log that appears in a watched directory joins.
 * A file named on the command line that is no log throws NotALogError; one found in a directory is skipped.
 */
export class LogFeed {
  readonly files: LogFile[] = [];
  /** Files found in directories that turned out to be no log. */
  readonly skipped = new Set<string>();
  private readonly known = new Set<string>();
  private watchers: FSWatcher[] = [];
  private wake: (() => void) | null = null;
  private woken = false;

  constructor(
    private readonly paths: readonly string[],
    private readonly sink: FeedSink,
  ) {
    this.discover();
  }

  /** Lines or records skipped as corrupt, over all files. */
  get corrupt(): number {
    return this.files.reduce((n, f) => n + f.corrupt, 0);
  }

  /** Bytes read and bytes known, over all files. */
  get progress(): { read: number; size: number } {
    let read = 0;
    let size = 0;
    for (const f of this.files) {
      read += f.progress.read;
      size += f.progress.size;
    }
    return { read, size };
  }

  /** Reads the first slice of every file: enough to tell each one's format and draw a first frame. */
  async readFirst(final: boolean): Promise<void> {
    for (const file of [...this.files]) await this.readSlice(file, final);
  }

  /**
   * Throws a UsageError when the paths held no log at all (only directories without any, or only files found there
   * that are none): read once to the end, there would be nothing to draw. Following, a log may still appear.
   */
  expectLogs(): void {
    if (this.files.length > this.skipped.size) return;
    const where = this.paths.map((p) => JSON.stringify(p)).join(', ');
    throw usageError('noLog', where);
  }

  /**
   * Reads every file to its current end, or until `signal` aborts (checked between slices); with `final`, a last line
   * without newline counts (no one writes on).
   */
  async readAll(final: boolean, signal?: AbortSignal): Promise<void> {
    for (const file of [...this.files]) {
      let more = true;
      while (more && signal?.aborted !== true) {
        more = await this.readSlice(file, final);
        if (more) await nextTurn();
      }
    }
  }

  /** Follows the logs until `signal` aborts: reads what arrives, and picks up new files in the directories. */
  async follow(signal: AbortSignal): Promise<void> {
    const poke = () => {
      this.woken = true;
      this.wake?.();
    };
    for (const path of this.paths) {
      try {
        this.watchers.push(watch(path, { recursive: false }, poke).on('error', () => undefined));
      } catch {
        // polling alone still follows it
      }
    }
    const timer = setInterval(poke, POLL_MS);
    signal.addEventListener('abort', poke);
    try {
      while (!signal.aborted) {
        this.rediscover();
        await this.readAll(false, signal);
        if (!this.woken && !signal.aborted) await new Promise<void>((resolve) => (this.wake = resolve));
        this.woken = false;
        this.wake = null;
      }
    } finally {
      clearInterval(timer);
      signal.removeEventListener('abort', poke);
      for (const w of this.watchers) w.close();
      for (const f of this.files) f.close();
    }
  }

  /** Adds the log files not seen before (all of them the first time). */
  private discover(): void {
    for (const input of findLogs(this.paths)) {
      if (this.known.has(input.path)) continue;
      this.known.add(input.path);
      const file = new LogFile(input.path, input.run, input.explicit);
      this.files.push(file);
      if (!input.explicit) this.watchFile(input.path);
    }
  }

  /** discover, while following: a directory that is gone for a moment (moved, recreated) is looked at again later. */
  private rediscover(): void {
    try {
      this.discover();
    } catch {
      // the files found before are still followed
    }
  }

  private watchFile(path: string): void {
    try {
      this.watchers.push(
        watch(path, () => {
          this.woken = true;
          this.wake?.();
        }).on('error', () => undefined),
      );
    } catch {
      // polling follows it
    }
  }

  /** Reads one slice of a file into the sink; true when more is waiting. */
  private async readSlice(file: LogFile, final: boolean): Promise<boolean> {
    if (this.skipped.has(file.path)) return false;
    try {
      const r = file.read(SLICE, final);
      if (r.scalars.length > 0 || r.reset) await this.sink.scalars(file, r.scalars, r.reset);
      return r.more;
    } catch (error) {
      if (error instanceof NotALogError && !file.explicit) {
        this.skipped.add(file.path);
        return false;
      }
      // a followed file may vanish for a moment (rotation, a rewrite): it is looked at again on the next turn
      if (!final && isMissing(error)) return false;
      throw error;
    }
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
