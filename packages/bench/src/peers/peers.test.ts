import { Rng } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { HandSmallNet, smallNetInit, trainHandSmallNet } from '../baselines/small-net.js';
import { tutorialHandLoop } from '../baselines/tutorial-loop.js';
import { coreWideEpoch, coreWideNet } from '../cases/wide-net.js';
import { celsiusSamples, randomImageSamples, spiralSamples } from '../data.js';
import { brainSmallNet } from './brain-small-net.js';
import { tfjsSmallNet } from './tfjs-small-net.js';
import { tfjsTutorial } from './tfjs-tutorial.js';
import { tfjsWideNet } from './tfjs-wide-net.js';

// TensorFlow.js computes in float32 (about 7 significant digits); after a few hundred steps the runs agree to ~1e-5.
const F32 = 1e-4;

// loading TensorFlow.js and starting its wasm backend takes seconds on a busy machine, and the wide network is real work
describe('the TensorFlow.js and brain.js contestants', { timeout: 60_000 }, () => {
  it('train the tutorial neuron to the same place as the hand-written loop', async () => {
    const run = { steps: 300, lr: 1e-4, w0: 0.5, b0: 0.5, reportEvery: 100 };
    const tf = tfjsTutorial('tf', 'cpu', celsiusSamples(), run);
    await tf.contestant.setup!();
    await tf.contestant.run();
    await tf.contestant.teardown!();
    const hand = tutorialHandLoop(celsiusSamples(), run);
    expect(Math.abs(tf.result()!.w - hand.w) / hand.w).toBeLessThan(F32);
    expect(Math.abs(tf.result()!.losses[299]! - hand.losses[299]!) / hand.losses[299]!).toBeLessThan(F32);
  });

  it('train the small network with the same epoch losses as the hand-written one, on cpu and wasm', async () => {
    const data = spiralSamples(200, 7);
    const init = smallNetInit([2, 16, 16], 3);
    const run = { sizes: [2, 16, 16] as const, init, epochs: 2, batchSize: 32, lr: 0.01, seed: 11 };
    const hand = trainHandSmallNet(new HandSmallNet(run.sizes, init, data.n), data, 2, 32, { lr: 0.01 }, 11);
    for (const backend of ['cpu', 'wasm'] as const) {
      const tf = tfjsSmallNet(backend, backend, data, run);
      await tf.contestant.setup!();
      await tf.contestant.run();
      await tf.contestant.teardown!();
      expect(Math.abs(tf.result()![1]! - hand[1]!) / hand[1]!).toBeLessThan(F32);
    }
  });

  it('run one epoch of the wide network with the same last-batch loss as core', async () => {
    const data = randomImageSamples(128, 784, 10, 5);
    const rng = new Rng(9);
    const glorot = (a: number, b: number) =>
      Float64Array.from({ length: a * b }, () => rng.uniform(-Math.sqrt(6 / (a + b)), Math.sqrt(6 / (a + b))));
    const run = { hidden: 128, batchSize: 64, lr: 0.01, w1: glorot(784, 128), w2: glorot(128, 10) };
    const coreLoss = coreWideEpoch(coreWideNet(run), data, run);
    const tf = tfjsWideNet('tf', 'wasm', data, run);
    await tf.contestant.setup!();
    await tf.contestant.run();
    await tf.contestant.teardown!();
    expect(Math.abs(tf.result()! - coreLoss) / coreLoss).toBeLessThan(F32);
  });

  it('let brain.js train its closest network on the spiral', () => {
    const brain = brainSmallNet('brain', spiralSamples(50, 7), { hidden: [16, 16], epochs: 2, lr: 0.01 });
    brain.contestant.setup!();
    brain.contestant.run();
    expect(Number.isFinite(brain.result())).toBe(true);
  });
});
