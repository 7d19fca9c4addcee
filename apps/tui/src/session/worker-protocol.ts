import type { TrainEvent } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';

/** What the training thread trains: the run plan made on the main thread (plain data), and the report interval. */
export interface WorkerSetup {
  readonly plan: RunPlan;
  readonly reportEvery: number;
}

/** Main → worker, first: the run to train. */
interface SetupMessage {
  readonly type: 'setup';
  readonly setup: WorkerSetup;
}

/** Main → worker: produce one more batch. */
export interface PullMessage {
  readonly type: 'pull';
  /** Stop once the batch's events cover this many epochs (Infinity: no limit). */
  readonly epochs: number;
  /** Stop once the batch has trained this long, in milliseconds. */
  readonly ms: number;
}

/** Main → worker: stop the run at the next epoch boundary (its done event, reason 'aborted', still comes). */
interface AbortMessage {
  readonly type: 'abort';
}

/** Main → worker: the dashboard paused; answer every pull not yet started with an empty batch. */
interface HoldMessage {
  readonly type: 'hold';
}

/** Everything the main thread sends. */
export type ToWorker = SetupMessage | PullMessage | AbortMessage | HoldMessage;

/** Worker → main: the next events (none for a pull cancelled by hold), each with the parameters at that event. */
export interface BatchMessage {
  readonly events: TrainEvent[];
  /** One row per event: every parameter block's values in `params()` order, concatenated. */
  readonly params: Float64Array;
}

/** True for the event that ends a run. */
export function isFinal(e: TrainEvent): boolean {
  return e.type === 'done' || e.type === 'error';
}

/** The epoch an event reports (0 for start). */
export function eventEpoch(e: TrainEvent): number {
  return e.type === 'start' ? 0 : e.type === 'done' ? e.epochs : e.epoch;
}
