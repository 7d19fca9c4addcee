import { describe, expect, it } from 'vitest';
import { measure } from '../measure.js';
import { ceilingContestant } from './thread-ceiling.js';

describe('the machine ceiling contestants', () => {
  it('run every task exactly once a round, however many threads share them', async () => {
    for (const threads of [1, 2, 3, 5]) {
      const c = ceilingContestant(`arithmetic on ${threads}`, threads, 4, 10_000);
      const [timing] = await measure([c], { warmup: 1, reps: 2, collect: false });
      expect(timing!.samplesMs).toHaveLength(2);
      // the warm-up round counts too: three rounds of four tasks
      expect(c.tasksRun).toBe(12);
    }
  });
});
