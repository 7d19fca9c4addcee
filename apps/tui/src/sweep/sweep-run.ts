import { MessageChannel } from 'node:worker_threads';
import type { TrainEvent } from '@neuronlab/core';
import Tinypool from 'tinypool';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { RunLog } from '../runlog/run-log.js';
import type { FromTrial } from './trial-protocol.js';
import { PAUSE, STOP } from './trial-protocol.js';
import { applyTrialEvent, type TrialState } from './trial-state.js';

/** The pool thread's task file, built beside this one. */
const TRIAL_WORKER_URL = new URL('./trial-worker.js', import.meta.url);

/** One trial to run: its state (shown) and its log (written as its events come). */
export interface SweepTrial {
  readonly state: TrialState;
  readonly log: RunLog;
  readonly reportEvery: number;
}

/**
 * Runs a sweep's trials on a pool of `jobs` worker threads, each trial as its own task, and keeps each trial's state
 * and log up to date as its events arrive (`onEvent` is told of each, tagged with its trial, with its --json line). Pausing and stopping
 * reach every trial at once through flags in shared memory; a stop ends the running trials at their next epoch
 * boundary and the queued ones before they start.
 */
export class SweepRun {
  private readonly flags = new Int32Array(new SharedArrayBuffer(8));
  private readonly pool: Tinypool;
  paused = false;
  stopped = false;

  constructor(
    readonly trials: readonly SweepTrial[],
    jobs: number,
    private readonly onEvent: (trial: SweepTrial, e: TrainEvent, line: string) => void = () => {},
  ) {
    this.pool = new Tinypool({ filename: TRIAL_WORKER_URL.href, minThreads: jobs, maxThreads: jobs });
  }

  /** Trains every trial; resolves once all have ended (or were stopped before they began). */
  async run(): Promise<void> {
    try {
      await Promise.all(this.trials.map((t) => this.runTrial(t)));
    } finally {
      await this.pool.destroy();
    }
  }

  /** Pauses every trial after its current event, or resumes them all. */
  togglePause(): void {
    this.paused = !this.paused;
    const now = performance.now();
    for (const t of this.trials) {
      if (this.paused) t.state.timing.pause(now);
      else t.state.timing.resume(now, t.state.epoch);
    }
    Atomics.store(this.flags, PAUSE, this.paused ? 1 : 0);
    if (!this.paused) Atomics.notify(this.flags, PAUSE);
  }

  /** Stops every trial: running ones end at their next epoch boundary, queued ones never start. */
  stop(): void {
    this.stopped = true;
    Atomics.store(this.flags, STOP, 1);
    Atomics.notify(this.flags, PAUSE);
  }

  private async runTrial(trial: SweepTrial): Promise<void> {
    const { port1, port2 } = new MessageChannel();
    const ended = new Promise<void>((resolve) => {
      port1.on('message', (m: FromTrial) => {
        if (m.type === 'events') {
          for (const [i, e] of m.events.entries()) {
            if (e.type === 'start') trial.state.timing.begin(performance.now());
            applyTrialEvent(trial.state, e);
            trial.log.event(e, m.lines[i]);
            this.onEvent(trial, e, m.lines[i]!);
          }
          trial.state.timing.update(trial.state.epoch, performance.now());
        } else {
          trial.state.timing.end(performance.now());
          if ('text' in m.model && trial.state.status.kind !== 'diverged') {
            writeFileAtomic(trial.log.modelPath, m.model.text, '--log-dir');
          }
          trial.log.close();
          port1.close();
          resolve();
        }
      });
    });
    // a sweep stopped before it ran starts nothing; a trial queued in the pool when the stop comes starts and ends at
    // once (start, then done with reason aborted), so its log is complete too
    const task = { plan: trial.state.plan, reportEvery: trial.reportEvery, port: port2, flags: this.flags };
    if (this.stopped) {
      trial.log.close();
      port1.close();
      return;
    }
    await this.pool.run(task, { transferList: [port2] });
    await ended;
  }
}
