import { celsius } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';

describe('@neuronlab/data public API', () => {
  it('makes the tutorial data: 100 samples from -50 °C with y = 1.8x + 32', () => {
    const d = celsius();
    expect(d.n).toBe(100);
    expect(d.x[0]).toBe(-50);
    expect(d.x[99]).toBe(49);
    expect(d.y[0]).toBe(-58);
    expect(d.y[99]).toBe(120.2);
  });
});
