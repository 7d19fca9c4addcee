import { describe, expect, it } from 'vitest';
import { tutorialBatch } from '../neuron/tutorial-data.test-util.js';
import { NetworkModel } from '../nn/network-model.js';
import { createSequential } from '../nn/sequential.js';
import { binarySets } from '../nn/toy-data.test-util.js';
import { Rng } from '../rng.js';
import { allFinite, DivergenceDetector, divergenceMessage } from './divergence.js';
import type { ErrorEvent, TrainEvent } from './events.js';
import { trainSync } from './train.js';
import type { Param, Trainable } from './types.js';

function lastEvent(events: TrainEvent[]): TrainEvent {
  return events.at(-1)!;
}

describe('divergence detection', () => {
  it('flags NaN and Infinity at once', () => {
    expect(new DivergenceDetector(1).update(Number.NaN)).toBe(true);
    expect(new DivergenceDetector(1).update(Number.POSITIVE_INFINITY)).toBe(true);
  });

  it('flags a loss that climbs steadily once its mean over the window passes ten times the start', () => {
    const rising = new DivergenceDetector(1, 5);
    // judged once five losses are in: their mean, 12.4, passes 10 × 1
    expect([2, 4, 8, 16, 32].map((loss) => rising.update(loss))).toEqual([false, false, false, false, true]);
  });

  it('flags a loss a million times its start at once, but not below the absolute floor', () => {
    expect(new DivergenceDetector(1e3).update(1.7e164)).toBe(true);
    expect(new DivergenceDetector(1e3).update(2e9)).toBe(true);
    expect(new DivergenceDetector(1e3).update(5e8)).toBe(false);
    // a run that starts at 1e-12 rising to 1e-3 is a billionfold, but nowhere near a diverged loss
    expect(new DivergenceDetector(1e-12).update(1e-3)).toBe(false);
  });

  it('flags a loss that averaged over ten times its start for a whole window, however it jumps about', () => {
    const thrash = new DivergenceDetector(0.7, 4);
    // never rises four epochs in a row, but the mean of the last four passes 7 at the fourth
    expect([20, 3, 15, 1, 30].map((loss) => thrash.update(loss))).toEqual([false, false, false, true, true]);
    const calm = new DivergenceDetector(0.7, 4);
    // under the floor of 1 the mean may pass ten times a tiny start without counting
    expect([5, 0.5, 6, 0.4, 5, 0.6].map((loss) => calm.update(loss))).not.toContain(true);
    const nearOptimum = new DivergenceDetector(1e-6, 4);
    expect([1e-4, 2e-4, 3e-4, 5e-4, 4e-4].map((loss) => nearOptimum.update(loss))).not.toContain(true);
  });

  it('checks every value of every parameter block for NaN and Infinity', () => {
    expect(allFinite([{ value: Float64Array.of(1, -2) }, { value: Float64Array.of(1e300) }])).toBe(true);
    expect(allFinite([{ value: Float64Array.of(1) }, { value: Float64Array.of(0, Number.NaN) }])).toBe(false);
    expect(allFinite([{ value: Float64Array.of(Number.NEGATIVE_INFINITY) }])).toBe(false);
  });

  it('tells the learner what to do on either side of the stable limit', () => {
    expect(divergenceMessage(21, 0.0013, 6.62e5, 0.0011997)).toBe(
      'train: the loss diverged at epoch 21 (loss 662000) with learning rate 0.0013; the largest stable learning rate for full-batch gradient descent on this data is 0.0012. Use a learning rate below 0.0012.',
    );
    expect(divergenceMessage(3, 0.001, Number.NaN, 0.0012)).toMatch(/loss NaN.*larger batches/);
    expect(divergenceMessage(3, 0.5, Number.POSITIVE_INFINITY, null)).toMatch(/try 0\.05\) or standardize/);
  });
});

describe('the trainer ends diverged runs of networks, not only of the neuron', () => {
  it('stops a ReLU network at lr 1 that blew up and froze at a huge loss, instead of completing it', () => {
    // unscaled °C → °F: the first step lands the loss near 1e14 and dead ReLUs keep it there
    const net = createSequential({ inputDim: 1, layers: [{ units: 8, activation: 'relu' }, { units: 1 }], seed: 1 });
    const model = new NetworkModel(net, 'mse');
    const events = [...trainSync(model, { train: tutorialBatch() }, { lr: 1, epochs: 200, optimizer: 'sgd' })];
    const error = lastEvent(events) as ErrorEvent;
    expect(error).toMatchObject({ type: 'error', code: 'diverged', lr: 1 });
    expect(error.epoch).toBeLessThan(10);
    expect(error.message).toMatch(/^train: the loss diverged at epoch \d+ .* Lower the learning rate \(try 0\.1\)/);
  });

  it('stops Adam at lr 10 on the spiral, whose loss jumps between ten and fifty times its start', () => {
    const spiral = binarySets.spiral!(200, new Rng(2));
    const layers = [
      { units: 16, activation: 'relu' },
      { units: 16, activation: 'relu' },
      { units: 1, activation: 'sigmoid' },
    ] as const;
    const run = (lr: number) => {
      const model = new NetworkModel(createSequential({ inputDim: 2, layers, seed: 1 }), 'binary-cross-entropy');
      const options = { lr, epochs: 300, optimizer: 'adam', batchSize: 32, task: 'binary' } as const;
      return lastEvent([...trainSync(model, { train: spiral }, options)]);
    };
    expect(run(10)).toMatchObject({ type: 'error', code: 'diverged', lr: 10 });
    // the same network at a sane rate learns and completes
    expect(run(0.01)).toMatchObject({ type: 'done', reason: 'completed' });
  });

  it('stops a run whose parameters turned NaN although its loss stayed finite', () => {
    // a model whose loss ignores a parameter that went NaN: only the parameter check can see it
    const value = Float64Array.of(1);
    const param: Param = { name: 'p', shape: [1], value, grad: Float64Array.of(Number.NaN) };
    const model: Trainable = {
      kind: 'test',
      inputDim: 1,
      outputDim: 1,
      params: () => [param],
      lossAndGrad: () => 1,
      evaluate: () => 1,
      predict: (_x, n) => new Float64Array(n),
    };
    const events = [...trainSync(model, { train: tutorialBatch() }, { lr: 0.1, epochs: 5, optimizer: 'sgd' })];
    expect(events.map((e) => e.type)).toEqual(['start', 'error']);
    expect(lastEvent(events)).toMatchObject({ code: 'diverged', epoch: 1 });
  });
});
