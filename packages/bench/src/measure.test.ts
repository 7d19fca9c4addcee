import { describe, expect, it } from 'vitest';
import { type Contestant, measure, median } from './measure.js';

describe('median', () => {
  it('takes the middle value of an odd list and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('measure', () => {
  it('runs contestants round-robin, skipping warm-up rounds in the samples', async () => {
    const log: string[] = [];
    const make = (name: string): Contestant => ({
      name,
      setup: () => {
        log.push(`setup ${name}`);
      },
      run: () => {
        log.push(`run ${name}`);
      },
      teardown: () => {
        log.push(`teardown ${name}`);
      },
    });
    const timings = await measure([make('a'), make('b')], { warmup: 1, reps: 2 });
    expect(timings.map((t) => [t.name, t.samplesMs.length])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
    expect(log.filter((l) => l.startsWith('run'))).toEqual(['run a', 'run b', 'run a', 'run b', 'run a', 'run b']);
    expect(log.slice(0, 3)).toEqual(['setup a', 'run a', 'teardown a']);
  });

  it('awaits asynchronous runs before stopping the clock', async () => {
    const [t] = await measure([{ name: 'sleep', run: () => new Promise((r) => setTimeout(r, 20)) }], {
      warmup: 0,
      reps: 1,
    });
    // timers may fire a millisecond early on some systems; 15 ms proves the promise was awaited
    expect(t!.medianMs).toBeGreaterThanOrEqual(15);
  });
});
