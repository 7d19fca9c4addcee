/**
 * The latest of a kind of answer from the training thread (a chart prediction, a network reading) that belongs on
 * screen: never one made at an epoch the screen has not taken yet. Answers come two ways: with a chunk of events,
 * shown once that chunk has been taken; and at once (a resize, a moved selection), made at the worker's last event,
 * which may be ahead of the screen and then waits until the screen has taken that epoch.
 */
export class ShownAnswer<T extends { readonly epoch: number }> {
  private current: T | null = null;
  // answers made at once, ahead of the taken epoch, oldest first
  private readonly early: T[] = [];

  /** The answer to show, or null before the first one. */
  get(): T | null {
    return this.current;
  }

  /** A chunk that carried `answer` has been taken whole. */
  chunkTaken(answer: T | null): void {
    if (answer !== null) this.current = answer;
  }

  /** The screen has taken the event of `epoch`: early answers made at or before it are shown. */
  taken(epoch: number): void {
    while (this.early.length > 0 && this.early[0]!.epoch <= epoch) this.current = this.early.shift()!;
  }

  /**
   * An answer made at once; true when it is shown now (so the screen must redraw for it, no event comes with it),
   * false when it waits for the screen to take its epoch.
   */
  answered(answer: T, takenEpoch: number): boolean {
    // the worker sent every chunk up to answer.epoch before this, so answer.epoch is never behind the taken epoch
    if (answer.epoch > takenEpoch) {
      this.early.push(answer);
      return false;
    }
    this.current = answer;
    return true;
  }
}
