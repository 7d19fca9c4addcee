import { describe, expect, it } from 'vitest';
import { editDistance, nearestNames } from './near-names.js';

describe('editDistance', () => {
  it('counts the fewest insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('hidden16,16', 'hidden16x16')).toBe(1);
    expect(editDistance('lr0.01', 'lr0.001')).toBe(1);
    // symmetric
    expect(editDistance('sitting', 'kitten')).toBe(3);
  });
});

describe('nearestNames', () => {
  const trials = Array.from(
    { length: 9 },
    (_, i) => `trial-${i + 1}-hidden${['4', '8', '16x16'][Math.floor(i / 3)]}-lr${['0.003', '0.03', '3'][i % 3]}`,
  );

  it('puts the name one character away first, then the next nearest, and keeps at most the count asked for', () => {
    const near = nearestNames('trial-9-hidden16,16-lr3', trials, 5);
    expect(near).toHaveLength(5);
    expect(near[0]).toBe('trial-9-hidden16x16-lr3');
    // next the trial of the same width whose lr differs least (3 → 0.03)
    expect(near[1]).toBe('trial-8-hidden16x16-lr0.03');
  });

  it('keeps the given order between names equally near, and gives every name when there are fewer than asked', () => {
    expect(nearestNames('b', ['a', 'c', 'bb'], 5)).toEqual(['a', 'c', 'bb']);
    expect(nearestNames('x', [], 5)).toEqual([]);
  });
});
