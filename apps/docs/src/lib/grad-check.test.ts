import { createNeuron } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { celsiusBatch } from './celsius-batch';
import { checkNeuronGradients } from './grad-check';
import { NeuronSession } from './neuron-session';

describe('gradient check of the neuron', () => {
  it('passes the correct gradient and leaves the parameters where they were', () => {
    const n = createNeuron({ w: 0.5, b: 0.5 });
    const checks = checkNeuronGradients(n, celsiusBatch());
    for (const c of checks) expect(c.passed).toBe(true);
    // a quadratic loss: central differences are exact up to rounding, far below core's 1e-6 tolerance
    for (const c of checks) expect(c.relError).toBeLessThan(1e-6);
    expect([n.w, n.b]).toEqual([0.5, 0.5]);
  });

  it("fails the tutorial's published weight gradient but passes its bias gradient", () => {
    const n = createNeuron({ w: 0.5, b: 0.5 }, { gradient: 'tutorial-mistake' });
    const [w, b] = checkNeuronGradients(n, celsiusBatch());
    expect(w!.relError).toBeGreaterThan(0.1);
    expect(w!.passed).toBe(false);
    expect(b!.passed).toBe(true);
  });

  it('passes the correct gradient at every epoch of the tutorial run the demo shows', () => {
    // late in the run |∂L/∂w| is tiny next to L ≈ 18, where a too-small finite-difference step fails it on rounding
    const s = new NeuronSession(celsiusBatch());
    const failed: number[] = [];
    for (let e = 0; e < s.epochs; e++) {
      if (!checkNeuronGradients(s.neuron, s.batch).every((c) => c.passed)) failed.push(e);
      s.step(1);
    }
    expect(failed).toEqual([]);
  });
});
