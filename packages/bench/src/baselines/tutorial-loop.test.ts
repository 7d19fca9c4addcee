import { Neuron, trainSync } from '@neuronlab/core';
import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { celsiusSamples } from '../data.js';
import { tutorialHandLoop } from './tutorial-loop.js';

const run = { steps: 10_000, lr: 1e-4, w0: 0.5, b0: 0.5, reportEvery: 100 };

describe('the hand-written tutorial loop', () => {
  it("reaches the tutorial's documented float64 result after 10,000 steps", () => {
    const r = tutorialHandLoop(celsiusSamples(), run);
    // the same operations in a different association order than the reference run: allow 1e-12 relative
    expect(r.w).toBeCloseTo(REF.half.w, 11);
    expect(Math.abs(r.b - REF.half.b) / 27.7).toBeLessThan(1e-12);
    expect(r.reports).toHaveLength(100);
  });

  it("computes the same losses and parameters as core's Neuron through trainSync", () => {
    const data = celsiusSamples();
    const hand = tutorialHandLoop(data, { ...run, steps: 2000 });
    const neuron = new Neuron(0.5, 0.5);
    const coreLosses: number[] = [];
    for (const e of trainSync(neuron, { train: data }, { epochs: 2000, lr: 1e-4, reportEvery: 100 })) {
      if (e.type === 'progress') coreLosses.push(e.loss);
    }
    // both sum the same terms in sample order; only the fused vs separate passes could differ in the last bits
    expect(Math.abs(neuron.w - hand.w)).toBeLessThan(1e-12);
    expect(Math.abs(neuron.b - hand.b)).toBeLessThan(1e-12);
    expect(coreLosses).toHaveLength(hand.reports.length);
    coreLosses.forEach((l, i) => {
      expect(Math.abs(l - hand.reports[i]!.loss) / l).toBeLessThan(1e-12);
    });
  });
});
