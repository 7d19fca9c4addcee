/**
 * The most a pool of threads can gain on this machine, measured beside case 7's sweep: equal tasks of floating-point
 * arithmetic alone, on a pool of one worker thread per core against one worker doing them one after another. The
 * loop allocates nothing (no garbage collector runs) and is one small function (V8 compiles it within the first
 * moments), so nothing but the cores themselves sets the ratio: what a shared or throttled machine gives two busy
 * threads. No program's pool, the sweep's included, can beat it.
 */
import { Worker } from 'node:worker_threads';
import type { Contestant } from '../measure.js';

/** A worker that runs `n` steps of arithmetic for each message `n` and answers with the result (so none is skipped). */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (n) => {
  let x = 0.5;
  let s = 0;
  for (let i = 0; i < n; i++) {
    x = x * 1.0000001 + 1e-9;
    s += x * 0.001 - s * 1e-7;
  }
  parentPort.postMessage(s);
});
`;

/** Runs one task on `worker` and resolves when it answers. */
function runTask(worker: Worker, steps: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (s: unknown) => {
      worker.off('error', onError);
      if (typeof s !== 'number' || !Number.isFinite(s)) reject(new Error(`bench: a ceiling task answered ${s}`));
      else resolve();
    });
    worker.postMessage(steps);
  });
}

/**
 * `tasks` tasks of `steps` steps each on `threads` worker threads, each thread taking the next task when it is free,
 * as the sweep's pool takes trials. The threads start before the clock (untimed setup) and stop after it.
 */
export function ceilingContestant(
  name: string,
  threads: number,
  tasks: number,
  steps: number,
): Contestant & { readonly tasksRun: number } {
  let workers: Worker[] = [];
  let tasksRun = 0;
  return {
    /** Timed tasks answered so far, over every round. */
    get tasksRun() {
      return tasksRun;
    },
    name,
    async setup() {
      workers = Array.from({ length: threads }, () => new Worker(WORKER_SOURCE, { eval: true }));
      // one tiny task each, so every thread is up before the clock starts
      await Promise.all(workers.map((w) => runTask(w, 1000)));
    },
    async run() {
      let next = 0;
      const drain = async (w: Worker) => {
        while (next < tasks) {
          next++;
          await runTask(w, steps);
          tasksRun++;
        }
      };
      await Promise.all(workers.map(drain));
    },
    async teardown() {
      await Promise.all(workers.map((w) => w.terminate()));
      workers = [];
    },
  };
}
