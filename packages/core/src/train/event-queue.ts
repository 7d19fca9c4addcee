import type { TrainEvent } from './events.js';

/**
 * The trainer's pending events, first in first out. With a report every epoch the trainer queues and takes one
 * event per epoch, so this reuses its slots instead of Array#shift, which moves the array's contents on every call.
 */
export class EventQueue {
  private readonly items: (TrainEvent | undefined)[] = [];
  private head = 0;
  private tail = 0;

  /** True when nothing is waiting. */
  get empty(): boolean {
    return this.head === this.tail;
  }

  /** Adds an event at the end. */
  push(event: TrainEvent): void {
    this.items[this.tail++] = event;
  }

  /** Removes and returns the oldest event, or undefined when empty. */
  take(): TrainEvent | undefined {
    if (this.head === this.tail) return undefined;
    const event = this.items[this.head];
    // drop the reference so a taken event can be collected while the slot waits for reuse
    this.items[this.head++] = undefined;
    if (this.head === this.tail) this.head = this.tail = 0;
    return event;
  }

  /** Removes and returns every waiting event, oldest first. */
  takeAll(): TrainEvent[] {
    const out: TrainEvent[] = [];
    for (let e = this.take(); e !== undefined; e = this.take()) out.push(e);
    return out;
  }
}
