import { MessageChannel } from 'node:worker_threads';
import type { TrainEvent } from '@neuronlab/core';
import Tinypool from 'tinypool';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { RunLog } from '../runlog/run-log.js';
import { chartInputs } from '../views.js';
import { TrialProbes } from './trial-probes.js';
import type { FromTrial, TrialTask } from './trial-protocol.js';
import { FLAGS, OPENED, PAUSE, STOP } from './trial-protocol.js';
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
 * A pool of `threads` worker threads for a sweep's trials. Each thread loads the engine as soon as it starts, so
 * the pool is started before the rest of the sweep's start-up (its run logs), which then overlaps that loading.
 */
export function trialPool(threads: number): Tinypool {
  return new Tinypool({ filename: TRIAL_WORKER_URL.href, minThreads: threads, maxThreads: threads });
}

/**
 * Runs a sweep's trials on a pool of worker threads (see trialPool), each trial as its own task, and keeps each trial's state
 * and log up to date as its events arrive (`onEvent` is told of each, tagged with its trial, with its --json line). Pausing and stopping
 * reach every trial at once through flags in shared memory; a stop ends the running trials at their next epoch
 * boundary and the queued ones before they start.
 */
export class SweepRun {
  private readonly flags = new Int32Array(new SharedArrayBuffer(FLAGS * Int32Array.BYTES_PER_ELEMENT));
  private readonly channels: MessageChannel[];
  /** Each trial's chart predictions and network readings (in the order of `trials`), answered by its thread. */
  readonly probes: TrialProbes[];
  paused = false;
  stopped = false;

  constructor(
    readonly trials: readonly SweepTrial[],
    /** The pool the trials run on; destroyed when they have all ended. */
    private readonly pool: Tinypool,
    private readonly onEvent: (trial: SweepTrial, e: TrainEvent, line: string) => void = () => {},
  ) {
    this.channels = trials.map(() => new MessageChannel());
    const wake = () => Atomics.notify(this.flags, PAUSE);
    this.probes = trials.map((t, i) => {
      const chart = t.state.plan ? chartInputs(t.state.plan) : undefined;
      return new TrialProbes(this.channels[i]!.port1, wake, chart);
    });
  }

  /** Trains every trial; resolves once all have ended (or were stopped before they began). */
  async run(): Promise<void> {
    try {
      await Promise.all(this.trials.map((t, i) => this.runTrial(t, this.channels[i]!, this.probes[i]!)));
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

  /**
   * Opens the trial at `index` of `trials` on screen (null: none): only its thread answers the chart and the network
   * panel, between its events, so the others train as if nobody looked.
   */
  open(index: number | null): void {
    Atomics.store(this.flags, OPENED, index === null ? 0 : (this.trials[index]?.state.trial ?? 0));
    // a paused thread sleeps on PAUSE: woken, it reads what its screen asked
    Atomics.notify(this.flags, PAUSE);
  }

  /** Stops every trial: running ones end at their next epoch boundary, queued ones never start. */
  stop(): void {
    this.stopped = true;
    Atomics.store(this.flags, STOP, 1);
    Atomics.notify(this.flags, PAUSE);
  }

  private async runTrial(trial: SweepTrial, { port1, port2 }: MessageChannel, probes: TrialProbes): Promise<void> {
    const plan = trial.state.plan;
    if (plan === null) throw new Error(`sweep: trial ${trial.state.trial} has no run plan. This is a bug.`);
    const { reportEvery } = trial;
    const task: TrialTask = {
      trial: trial.state.trial,
      plan,
      reportEvery,
      chart: probes.firstChart,
      port: port2,
      flags: this.flags,
    };
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
          probes.taken(m);
        } else {
          trial.state.timing.end(performance.now(), trial.state.epoch);
          probes.end(plan, m.final, m.model.epoch);
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
    if (this.stopped) {
      trial.log.close();
      port1.close();
      return;
    }
    await this.pool.run(task, { transferList: [port2] });
    await ended;
  }
}
