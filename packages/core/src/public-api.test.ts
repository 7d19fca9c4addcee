import {
  createNeuron,
  fit,
  gradCheck,
  leastSquaresOptimum,
  neuronFromModelFile,
  neuronToModelFile,
  parseModelFile,
  Rng,
  ShapeError,
  serializeModelFile,
  stableLearningRate,
  type TrainEvent,
  Trainer,
  TUTORIAL_DEFAULTS,
  train,
} from '@neuronlab/core';
import { createOptimizer } from '@neuronlab/core/nn';
import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';

describe('@neuronlab/core public API', () => {
  it('gives the same random stream for the same seed', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(new Rng(8).next()).not.toBe(xs[0]);
  });

  it('exports error classes that are real Errors', () => {
    expect(new ShapeError('matmul: bad')).toBeInstanceOf(Error);
  });
});

describe('@neuronlab/core public API: the tutorial neuron', () => {
  const n = 100;
  const x = Float64Array.from({ length: n }, (_, i) => i - 50);
  const data = { train: { x, y: x.map((c) => (c * 9) / 5 + 32), n } };

  it('reproduces the tutorial run from w = b = 0.5 through the package entry', () => {
    const neuron = createNeuron({ w: 0.5, b: 0.5 });
    const done = fit(neuron, data, { ...TUTORIAL_DEFAULTS, reportEvery: 1000 });
    // the float64 reference; same sums in the same order, so exact to 1e-12 relative
    expect(Math.abs(neuron.w - REF.half.w)).toBeLessThan(1e-12 * 1.8);
    expect(Math.abs(done.loss - REF.half.mse)).toBeLessThan(1e-12 * 18.2);
  });

  it('streams events asynchronously and steps the same engine synchronously', async () => {
    const options = { epochs: 20, lr: 1e-3, reportEvery: 5 };
    const streamed: TrainEvent[] = [];
    for await (const e of train(createNeuron({ seed: 1 }), data, options)) streamed.push(e);
    const trainer = new Trainer(createNeuron({ seed: 1 }), data, options);
    const stepped: TrainEvent[] = [];
    while (!trainer.finished) stepped.push(...trainer.runEpoch());
    expect(stepped).toEqual(streamed);
    expect(streamed.map((e) => e.type)).toEqual(['start', 'progress', 'progress', 'progress', 'progress', 'done']);
  });

  it('offers diagnostics, a gradient check, the optimizer registry and model files', () => {
    // the fit is exact up to rounding of y = x·9/5 + 32
    expect(leastSquaresOptimum(data.train).w).toBeCloseTo(1.8, 12);
    expect(stableLearningRate(data.train)).toBeCloseTo(1.2e-3, 5);
    expect(gradCheck(createNeuron({ seed: 2 }), data.train).passed).toBe(true);
    expect(gradCheck(createNeuron({ seed: 2 }, { gradient: 'tutorial-mistake' }), data.train).passed).toBe(false);
    expect(createOptimizer('sgd').name).toBe('sgd');
    const neuron = createNeuron({ seed: 4 });
    const loaded = neuronFromModelFile(parseModelFile(serializeModelFile(neuronToModelFile(neuron))));
    expect([loaded.w, loaded.b]).toEqual([neuron.w, neuron.b]);
  });
});
