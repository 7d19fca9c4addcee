import type { MessagePort } from 'node:worker_threads';
import type { TrainEvent } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';
import type { ModelMessage } from '../session/worker-protocol.js';

/** Index of the shared flag that pauses every trial (1 paused, 0 running). */
export const PAUSE = 0;
/** Index of the shared flag that stops every trial at its next event (1 stop). */
export const STOP = 1;

/** What a pool thread trains: one trial's plan, its report interval, where to send events and the shared flags. */
export interface TrialTask {
  readonly plan: RunPlan;
  readonly reportEvery: number;
  /** Events go here, in order, in batches; the last message is the trial's end. */
  readonly port: MessagePort;
  /** [PAUSE, STOP] over shared memory, set by the main thread for all trials at once. */
  readonly flags: Int32Array;
}

/**
 * Trial thread → main: the next events of the trial, in order, with each one's --json line (`lines[i]` is
 * events[i]'s), made on the trial's thread so the main thread, which logs every trial, never has to.
 */
interface EventsMessage {
  readonly type: 'events';
  readonly events: TrainEvent[];
  readonly lines: string[];
}

/** Trial thread → main, last: the trained model (or why it may not be saved). */
interface EndMessage {
  readonly type: 'end';
  readonly model: ModelMessage;
}

/** Everything a trial thread sends. */
export type FromTrial = EventsMessage | EndMessage;
