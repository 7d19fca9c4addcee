import { createNeuron } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { celsiusBatch } from './celsius-batch';
import { checkNeuronGradients, REL_ERROR_LIMIT } from './grad-check';

describe('gradient check of the neuron', () => {
  it('passes the correct gradient and leaves the parameters where they were', () => {
    const n = createNeuron({ w: 0.5, b: 0.5 });
    const checks = checkNeuronGradients(n, celsiusBatch());
    for (const c of checks) expect(c.relError).toBeLessThan(REL_ERROR_LIMIT);
    expect([n.w, n.b]).toEqual([0.5, 0.5]);
  });

  it("fails the tutorial's published weight gradient but passes its bias gradient", () => {
    const n = createNeuron({ w: 0.5, b: 0.5 }, { gradient: 'tutorial-mistake' });
    const [w, b] = checkNeuronGradients(n, celsiusBatch());
    expect(w!.relError).toBeGreaterThan(0.1);
    expect(b!.relError).toBeLessThan(REL_ERROR_LIMIT);
  });
});
