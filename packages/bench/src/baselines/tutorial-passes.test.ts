import { Neuron, trainSync } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { celsiusSamples } from '../data.js';
import { tutorialPasses } from './tutorial-passes.js';

const run = { steps: 2000, lr: 1e-4, w0: 0.5, b0: 0.5, reportEvery: 100 };

describe('the bare loop of core forward → MSE → backward', () => {
  it("ends bit-identical to core's Neuron through trainSync, losses included", () => {
    const data = celsiusSamples();
    const bare = tutorialPasses(data, run);
    const neuron = new Neuron(run.w0, run.b0);
    const losses: number[] = [];
    for (const e of trainSync(
      neuron,
      { train: data },
      { epochs: run.steps, lr: run.lr, reportEvery: run.reportEvery },
    )) {
      if (e.type === 'progress') losses.push(e.loss);
    }
    // the same three functions on the same arrays in the same order, and the same SGD update: exactly equal
    expect([bare.w, bare.b]).toEqual([neuron.w, neuron.b]);
    expect(bare.reports.map((r) => r.loss)).toEqual(losses);
  });
});
