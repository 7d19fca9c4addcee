import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.js';
import { fit } from '../train/train.js';
import { NetworkModel } from './network-model.js';
import { createSequential } from './sequential.js';
import { binarySets, blobs, split } from './toy-data.test-util.js';

// The README's spiral setting, as in packages/bench case 2: 2-16-16-1 tanh network, Adam lr 0.01, minibatches of 32, 30% held out for test.
const OPTIONS = { optimizer: 'adam', lr: 0.01, batchSize: 32, reportEvery: 50, seed: 7 } as const;

describe('learnability on 2-D classification sets', () => {
  for (const name of Object.keys(binarySets)) {
    it(`reaches at least 95% test accuracy on ${name}`, () => {
      const data = binarySets[name]!(400, new Rng(11));
      const { train, test } = split(data, 0.3, new Rng(12));
      const net = createSequential({
        inputDim: 2,
        layers: [
          { units: 16, activation: 'tanh' },
          { units: 16, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
        seed: 3,
      });
      const done = fit(
        new NetworkModel(net, 'binary-cross-entropy'),
        { train, test },
        {
          ...OPTIONS,
          epochs: 300,
          task: 'binary',
          targetLoss: 0.02,
        },
      );
      expect(done.metrics?.testAccuracy).toBeGreaterThanOrEqual(0.95);
    });
  }

  it('reaches at least 95% test accuracy on 4-class blobs with a softmax output', () => {
    const { train, test } = split(blobs(400, 4, new Rng(13)), 0.3, new Rng(14));
    const net = createSequential({
      inputDim: 2,
      layers: [
        { units: 16, activation: 'tanh' },
        { units: 16, activation: 'tanh' },
        { units: 4, activation: 'softmax' },
      ],
      seed: 3,
    });
    const done = fit(
      new NetworkModel(net, 'softmax-cross-entropy'),
      { train, test },
      {
        ...OPTIONS,
        epochs: 100,
        task: 'multiclass',
      },
    );
    expect(done.metrics?.testAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
