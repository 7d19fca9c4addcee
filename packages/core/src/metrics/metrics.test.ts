import { describe, expect, it } from 'vitest';
import { Neuron } from '../neuron/neuron.js';
import { tutorialBatch } from '../neuron/tutorial-data.test-util.js';
import { fit } from '../train/train.js';
import { accuracy, r2Score } from './metrics.js';

describe('accuracy', () => {
  it('thresholds one column at 0.5 by default and at 0 for logits', () => {
    const target = Float64Array.of(1, 0, 1, 0);
    expect(accuracy(Float64Array.of(0.9, 0.2, 0.4, 0.6), target, 4)).toBe(0.5);
    expect(accuracy(Float64Array.of(3, -1, 0.2, -0.1), target, 4, 0)).toBe(1);
  });

  it('compares argmaxes of several columns with one-hot targets', () => {
    const pred = Float64Array.of(0.1, 0.7, 0.2, 0.5, 0.3, 0.2);
    expect(accuracy(pred, Float64Array.of(0, 1, 0, 0, 0, 1), 2)).toBe(0.5);
  });

  it('refuses arrays of different lengths', () => {
    expect(() => accuracy(new Float64Array(3), new Float64Array(4), 2)).toThrow(/accuracy: predictions and targets/);
  });
});

describe('r2Score', () => {
  it('is 1 for a perfect fit, 0 for predicting the mean and negative for worse', () => {
    const y = Float64Array.of(1, 2, 3, 4);
    expect(r2Score(y, y, 4)).toBe(1);
    expect(r2Score(Float64Array.of(2.5, 2.5, 2.5, 2.5), y, 4)).toBe(0);
    expect(r2Score(Float64Array.of(4, 3, 2, 1), y, 4)).toBe(-3);
  });

  it('is NaN when every target is equal', () => {
    expect(r2Score(Float64Array.of(1, 2), Float64Array.of(3, 3), 2)).toBeNaN();
  });
});

describe('the trainer’s metrics', () => {
  it('are these same functions, to the bit', () => {
    const batch = tutorialBatch();
    const neuron = new Neuron(1.7, 30);
    const done = fit(neuron, { train: batch }, { epochs: 3, lr: 1e-4 });
    expect(done.metrics?.r2).toBe(r2Score(neuron.predict(batch.x, batch.n), batch.y, batch.n));
    const y = Float64Array.of(0, 0, 1, 1, 1);
    const x = Float64Array.of(-2, -1, 1, 2, -0.2);
    const binary = new Neuron(0.2, 0.5);
    const run = fit(binary, { train: { x, y, n: 5 } }, { epochs: 2, lr: 0.01, task: 'binary' });
    expect(run.metrics?.accuracy).toBe(accuracy(binary.predict(x, 5), y, 5));
  });
});
