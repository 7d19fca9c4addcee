import type { DoneEvent, ErrorEvent, TrainEvent } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';
import type { RunControl } from '../commands/run-control.js';
import { WorkerFeed } from '../session/worker-events.js';

/**
 * How long a stopped run waits for the training thread to reach an epoch boundary and send its done event. An epoch
 * of a large run can take many seconds; after this the run ends without its done event, and without a save.
 */
const STOP_GRACE_MS = 1000;

/** Settles `ms` after `signal` aborts (never, if it does not). */
function afterAbort(signal: AbortSignal, ms: number): Promise<'late'> {
  return new Promise((resolve) => {
    const later = () => setTimeout(() => resolve('late'), ms).unref();
    if (signal.aborted) later();
    else signal.addEventListener('abort', later, { once: true });
  });
}

/** How a run trained in the thread ended. */
export interface ThreadRunEnd {
  /** The done or error event; null when the run was stopped and the thread did not answer within the grace time. */
  readonly final: DoneEvent | ErrorEvent | null;
  /** Where the model was saved (after a done event, when --save asked), else null. */
  readonly saved: string | null;
}

/**
 * Trains the run for --json and plain output in a worker thread, handing each event to `each` in order: training in
 * this thread would hold the event loop for a whole epoch, and a signal (Ctrl-C, SIGTERM) is only heard between
 * macrotasks. After a done event the model is saved from the thread, which holds it at that event; after an error
 * nothing is saved; a stop the thread does not answer in time ends the run with no final event and no save (the
 * thread is mid-epoch and has no finished model to give).
 */
export async function trainInThread(
  plan: RunPlan,
  control: RunControl,
  reportEvery: number,
  each: (e: TrainEvent) => Promise<void> | void,
): Promise<ThreadRunEnd> {
  const feed = new WorkerFeed();
  const late = afterAbort(control.abort.signal, STOP_GRACE_MS);
  feed.onEvent = control.record;
  try {
    feed.start(plan, { reportEvery, epochsPerChunk: Number.POSITIVE_INFINITY, signal: control.abort.signal });
    for (;;) {
      const e = feed.take();
      if (e !== undefined) {
        await each(e);
        if (e.type === 'done') return { final: e, saved: await control.save(feed) };
        if (e.type === 'error') {
          control.fail(e.message);
          return { final: e, saved: null };
        }
      } else if (feed.ended || (await Promise.race([feed.ready(), late])) === 'late') {
        return { final: null, saved: null };
      }
    }
  } finally {
    await feed.close();
  }
}

/** The line for a stop the thread did not answer in time: where it stopped, and that nothing was saved. */
export function unansweredStopText(epoch: number, savePath: string | null): string {
  const why = `the training thread was inside epoch ${epoch + 1} and did not reach its end within ${STOP_GRACE_MS / 1000} s`;
  const save = savePath === null ? '' : `, so nothing was saved to ${JSON.stringify(savePath)}`;
  return `neuronlab train: stopped after epoch ${epoch}; ${why}${save}.\n`;
}
