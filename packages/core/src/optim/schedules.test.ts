import { describe, expect, it } from 'vitest';
import { createSchedule, scheduleNames } from './schedules.js';

describe('learning-rate schedules', () => {
  it('keeps the base rate with constant', () => {
    expect(createSchedule('constant')(57, 0.1, 100)).toBe(0.1);
  });

  it('halves every `every` epochs with step', () => {
    const s = createSchedule('step', { every: 10, factor: 0.5 });
    expect([1, 10, 11, 21].map((e) => s(e, 1, 100))).toEqual([1, 1, 0.5, 0.25]);
  });

  it('decays geometrically with exponential', () => {
    const s = createSchedule('exponential', { decay: 0.5 });
    expect([1, 2, 4].map((e) => s(e, 8, 10))).toEqual([8, 4, 1]);
  });

  it('runs cosine from the base rate to the floor at the last epoch', () => {
    const s = createSchedule('cosine', { minFactor: 0.1 });
    expect(s(1, 1, 11)).toBe(1);
    // midway the cosine term is ½, so lr = 0.1 + 0.9·½; cos(π/2) ≈ 6e-17 leaves only rounding
    expect(s(6, 1, 11)).toBeCloseTo(0.55, 15);
    expect(s(11, 1, 11)).toBeCloseTo(0.1, 15);
  });

  it('lists its names and rejects unknown ones', () => {
    expect(scheduleNames()).toEqual(['constant', 'step', 'exponential', 'cosine']);
    expect(() => createSchedule('warmup')).toThrow(/unknown schedule, got 'warmup'/);
  });
});
