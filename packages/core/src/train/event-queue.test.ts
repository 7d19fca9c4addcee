import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue.js';
import type { TrainEvent } from './events.js';

const progress = (epoch: number) => ({ type: 'progress', epoch }) as unknown as TrainEvent;

describe('EventQueue', () => {
  it('returns events first in, first out, and undefined when empty', () => {
    const q = new EventQueue();
    expect(q.empty).toBe(true);
    expect(q.take()).toBeUndefined();
    q.push(progress(1));
    q.push(progress(2));
    expect(q.take()).toEqual(progress(1));
    q.push(progress(3));
    expect(q.takeAll()).toEqual([progress(2), progress(3)]);
    expect(q.empty).toBe(true);
  });

  it('keeps the order when pushes and takes interleave over many rounds', () => {
    const q = new EventQueue();
    const out: number[] = [];
    let next = 0;
    for (let round = 0; round < 50; round++) {
      for (let k = 0; k < (round % 4) + 1; k++) q.push(progress(next++));
      for (let k = 0; k < (round % 3) + 1; k++) {
        const e = q.take();
        if (e?.type === 'progress') out.push(e.epoch);
      }
    }
    for (const e of q.takeAll()) if (e.type === 'progress') out.push(e.epoch);
    expect(out).toEqual(Array.from({ length: next }, (_, i) => i));
  });
});
