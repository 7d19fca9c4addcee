import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEED, epochsDue } from './pace';

describe('training pace', () => {
  it('runs the default recipe’s 300 epochs over ten seconds of 60 Hz frames', () => {
    let carry = 0;
    let total = 0;
    for (let frame = 0; frame < 600; frame++) {
      const due = epochsDue(DEFAULT_SPEED, 1000 / 60, carry);
      total += due.epochs;
      carry = due.carry;
    }
    // 600 frames of 1/60 s at 30 epochs per second, up to the fraction still carried
    expect(total).toBeGreaterThanOrEqual(299);
    expect(total).toBeLessThanOrEqual(300);
  });

  it('asks for everything at max speed and caps the epochs owed after a long pause', () => {
    expect(epochsDue('max', 5, 0).epochs).toBe(Number.POSITIVE_INFINITY);
    expect(epochsDue('300', 10_000, 0).epochs).toBe(30);
  });
});
