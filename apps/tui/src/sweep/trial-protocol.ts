import type { MessagePort } from 'node:worker_threads';
import type { TrainEvent } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';
import type {
  ChartInputs,
  ChartMessage,
  ModelMessage,
  NetworkReading,
  Prediction,
  ProbeMessage,
} from '../session/worker-protocol.js';

/** Index of the shared flag that pauses every trial (1 paused, 0 running). */
export const PAUSE = 0;
/** Index of the shared flag that stops every trial at its next event (1 stop). */
export const STOP = 1;
/**
 * Index of the shared number of the trial open on screen (0: none). Only that trial's thread reads its port and
 * answers the chart and the network panel; the others read this one number per event and nothing else.
 */
export const OPENED = 2;
/** How many shared flags there are. */
export const FLAGS = 3;

/** What a pool thread trains: one trial's plan, its report interval, where to send events and the shared flags. */
export interface TrialTask {
  /** The trial's 1-based number, as OPENED names it. */
  readonly trial: number;
  readonly plan: RunPlan;
  readonly reportEvery: number;
  /** Where the chart predicts from the start (a 1-D regression's xs), answered before training; or null. */
  readonly chart: ChartInputs | null;
  /** Events go here, in order, in batches; the last message is the trial's end. Asks (ToTrial) come from here. */
  readonly port: MessagePort;
  /** [PAUSE, STOP, OPENED] over shared memory, set by the main thread. */
  readonly flags: Int32Array;
}

/** Main → trial thread: where the chart predicts or the network panel reads, from now on (read while opened). */
export type ToTrial = ChartMessage | ProbeMessage;

/**
 * Trial thread → main: the next events of the trial, in order, with each one's --json line (`lines[i]` is
 * events[i]'s), made on the trial's thread so the main thread, which logs every trial, never has to. Only the last
 * event and a start carry their parameter report; the others' `params` are empty (the main thread shows the latest
 * parameters only, and every line has its report). While the
 * trial is opened, the chart's prediction and the network panel's reading at the last event sent (null otherwise,
 * or without chart inputs or a probe); a message that answers an ask may have no events.
 */
export interface EventsMessage {
  readonly type: 'events';
  readonly events: TrainEvent[];
  readonly lines: string[];
  readonly prediction: Prediction | null;
  readonly reading: NetworkReading | null;
}

/** The trained model's parameters and last gradients, in `params()` order: what a finished trial is probed on. */
export interface FinalModel {
  readonly params: Float64Array[];
  readonly grads: Float64Array[];
}

/** Trial thread → main, last: the trained model as a model file (or why it may not be saved), and as numbers. */
interface EndMessage {
  readonly type: 'end';
  readonly model: ModelMessage;
  readonly final: FinalModel;
}

/** Everything a trial thread sends. */
export type FromTrial = EventsMessage | EndMessage;
