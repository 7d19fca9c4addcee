import type { TrainEvent } from '@neuronlab/core';
import type { LiveRun } from '@neuronlab/lab';
import type { RunControl } from '../commands/run-control.js';
import { WorkerFeed } from '../session/worker-events.js';
import { isFinal } from '../session/worker-protocol.js';

/**
 * How long a stopped run waits for the training thread to reach an epoch boundary and send its done event. An epoch
 * of a large run can take many seconds; after this the run ends with the model of the last event taken.
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

/**
 * The run's trainer events for --json and plain output, trained in a worker thread: training in this thread would
 * hold the event loop for a whole epoch, and a signal (Ctrl-C, SIGTERM) is only heard between macrotasks. Taking an
 * event copies its parameters into `run.model`, so a save always writes the model of the last event yielded. Ends
 * after the final event, or without one when the run was stopped and the thread did not answer in time.
 */
export async function* threadEvents(
  run: LiveRun,
  control: RunControl,
  reportEvery: number,
): AsyncGenerator<TrainEvent> {
  const feed = new WorkerFeed();
  const late = afterAbort(control.abort.signal, STOP_GRACE_MS);
  try {
    feed.start(run, { reportEvery, epochsPerBatch: Number.POSITIVE_INFINITY, signal: control.abort.signal });
    for (;;) {
      const e = feed.take();
      if (e !== undefined) {
        yield e;
        if (isFinal(e)) return;
      } else if (feed.ended || (await Promise.race([feed.ready(), late])) === 'late') {
        return;
      }
    }
  } finally {
    await feed.close();
  }
}
