import type { TrainEvent } from '@neuronlab/core';

/**
 * Where a session's trainer events come from, in order. Events arrive in chunks, so taking one that is ready costs
 * no `await`; the session waits only when nothing is ready. Pull-based like core's `train`: a source produces ahead
 * of what is taken only by a bounded amount, so a session that stops taking (paused) stops the training.
 */
export interface EventFeed {
  /** The next event if one is ready, else undefined; never waits. */
  take(): TrainEvent | undefined;
  /** Settles once `take` has an event or the stream has ended; rejects when the source failed. */
  ready(): Promise<void>;
  /** True once the last event (done or error) has been taken. */
  readonly ended: boolean;
  /**
   * How far to train ahead: the epochs each chunk of events may cover (about one frame of a paced run, Infinity at max), or 0
   * while paused, when nothing more is produced than a waiting `ready` asks for (a step).
   */
  setPace(epochsPerChunk: number): void;
  /**
   * Settles once nothing more is in training (after `setPace(0)`: every chunk asked for has come back), so what
   * training had already done when the pause came can be taken and shown. Never rejects; a failure shows at `ready`.
   */
  settle(): Promise<void>;
}
