import { describe, expect, it } from 'vitest';
import { ShownAnswer } from './shown-answer.js';

describe('ShownAnswer', () => {
  it('shows a chunk’s answer once the chunk is taken', () => {
    const a = new ShownAnswer<{ epoch: number }>();
    expect(a.get()).toBeNull();
    a.chunkTaken({ epoch: 5 });
    expect(a.get()).toEqual({ epoch: 5 });
    // a chunk without an answer (not due) leaves the last one on screen
    a.chunkTaken(null);
    expect(a.get()).toEqual({ epoch: 5 });
  });

  it('holds an answer made ahead of the screen until the screen takes its epoch', () => {
    const a = new ShownAnswer<{ epoch: number; id: string }>();
    a.chunkTaken({ epoch: 5, id: 'chunk' });
    expect(a.answered({ epoch: 9, id: 'early' }, 5)).toBe(false);
    a.taken(8);
    expect(a.get()?.id).toBe('chunk');
    a.taken(9);
    expect(a.get()?.id).toBe('early');
  });

  it('shows an answer made at the taken epoch at once and says so, so the screen redraws for it', () => {
    const a = new ShownAnswer<{ epoch: number }>();
    expect(a.answered({ epoch: 4 }, 4)).toBe(true);
    expect(a.get()).toEqual({ epoch: 4 });
  });
});
