import { describe, expect, it } from 'vitest';
import { celsius } from './celsius.js';

describe('celsius', () => {
  it('gives the tutorial data exactly: x = -50 … 49 and y = x·9/5 + 32', () => {
    const d = celsius();
    expect(d.n).toBe(100);
    expect([d.inputDim, d.outputDim, d.task]).toEqual([1, 1, 'regression']);
    for (let i = 0; i < 100; i++) {
      expect(d.x[i]).toBe(i - 50);
      // exact equality: these are the values the tutorial's own float64 arithmetic produces
      expect(d.y[i]).toBe(((i - 50) * 9) / 5 + 32);
    }
    expect([d.y[0], d.y[50], d.y[99]]).toEqual([-58, 32, 120.2]);
    expect(d.featureNames).toEqual(['celsius']);
    expect(d.targetNames).toEqual(['fahrenheit']);
  });

  it('records seed null when noise is 0 because no random number is drawn', () => {
    expect(celsius().recipe).toEqual({
      generator: 'celsius',
      options: { start: -50, count: 100, noise: 0 },
      seed: null,
    });
    expect(celsius({}, 1).y).toEqual(celsius({}, 2).y);
  });

  it('honours start and count', () => {
    const d = celsius({ start: 0, count: 3 });
    expect([...d.x]).toEqual([0, 1, 2]);
    expect([...d.y]).toEqual([32, 33.8, 35.6]);
  });

  it('adds seeded noise around the true line when noise is set', () => {
    const a = celsius({ noise: 2 }, 7);
    expect(a.recipe.seed).toBe(7);
    expect(a.y).toEqual(celsius({ noise: 2 }, 7).y);
    expect(a.y).not.toEqual(celsius({ noise: 2 }, 8).y);
    let sumSq = 0;
    for (let i = 0; i < a.n; i++) sumSq += (a.y[i]! - ((a.x[i]! * 9) / 5 + 32)) ** 2;
    // the residual std of 100 draws with σ = 2 lies within ±40% of 2 with overwhelming probability
    expect(Math.sqrt(sumSq / a.n)).toBeGreaterThan(1.2);
    expect(Math.sqrt(sumSq / a.n)).toBeLessThan(2.8);
  });
});
