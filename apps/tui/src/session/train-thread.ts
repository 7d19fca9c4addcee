import { Worker } from 'node:worker_threads';

/** The training thread's entry, built beside this file. */
const TRAIN_WORKER_URL = new URL('./train-worker.js', import.meta.url);

/**
 * A spawned training thread and what happened to it before a feed listened: a thread that fails while loading must
 * not crash the process with an unheard 'error' event, and its feed must still learn of it. Until a feed starts a
 * run, the thread does not keep the process alive. This module loads nothing but Node's worker_threads, so the CLI
 * can spawn the thread before it loads anything else.
 */
export class TrainThread {
  readonly worker: Worker;
  error: Error | null = null;
  exitCode: number | null = null;

  constructor(url: URL = TRAIN_WORKER_URL) {
    this.worker = new Worker(url);
    this.worker.unref();
    this.worker.on('error', (e) => {
      this.error ??= e instanceof Error ? e : new Error(String(e));
    });
    this.worker.on('exit', (code) => {
      this.exitCode = code;
    });
  }
}

let early: TrainThread | null = null;

/**
 * Spawns the training thread first thing when the command line asks for the dashboard (`train` in a terminal, not
 * --json or help), so Node and the engine load in it (~150 ms) while the main thread loads the CLI. A wrong guess
 * (say, a bad flag) costs a little CPU and nothing else.
 */
export function spawnEarly(argv: readonly string[], interactive: boolean): void {
  const args = argv.slice(2);
  if (!interactive || args[0] !== 'train') return;
  if (args.some((a) => a === '--json' || a === '--help' || a === '-h')) return;
  early = new TrainThread();
}

/** The thread `spawnEarly` started, once; null when it did not. */
export function takeEarly(): TrainThread | null {
  const t = early;
  early = null;
  return t;
}
