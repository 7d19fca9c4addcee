// The learnability check on the real generators of @neuronlab/data, which core itself may not depend on.

import { type Dataset, fit } from '@neuronlab/core';
import { createSequential, NetworkModel } from '@neuronlab/core/nn';
import { applyNormalizer, datasets, fitNormalizer, trainTestSplit } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';

/** Every 2-D classification generator in the registry, with its default options. */
const classification = Object.values(datasets).filter((g) => {
  if (g.task === 'regression') return false;
  return g.create().inputDim === 2;
});

function trainOn(data: Dataset): number {
  // the promised setting: 2-16-16-out tanh network on standardized inputs (as every documented example trains),
  // Adam lr 0.01, minibatches of 32, 30% held out for test
  const split = trainTestSplit(data, { testRatio: 0.3, seed: 1 });
  const stats = fitNormalizer('standardize', split.train.x, 2);
  const train = { ...split.train, x: applyNormalizer(stats, split.train.x) };
  const test = { ...split.test, x: applyNormalizer(stats, split.test.x) };
  const multiclass = data.task === 'multiclass';
  const net = createSequential({
    inputDim: 2,
    layers: [
      { units: 16, activation: 'tanh' },
      { units: 16, activation: 'tanh' },
      { units: data.outputDim, activation: multiclass ? 'softmax' : 'sigmoid' },
    ],
    seed: 3,
  });
  const model = new NetworkModel(net, multiclass ? 'softmax-cross-entropy' : 'binary-cross-entropy');
  const done = fit(
    model,
    { train, test },
    { optimizer: 'adam', lr: 0.01, batchSize: 32, epochs: 500, seed: 7, reportEvery: 500, targetLoss: 0.01 },
  );
  return done.metrics?.testAccuracy ?? 0;
}

describe('learnability of every 2-D classification set', () => {
  it('finds the classification generators', () => {
    expect(classification.map((g) => g.name)).toEqual(
      expect.arrayContaining(['xor', 'circles', 'gauss', 'spiral', 'moons', 'blobs']),
    );
  });

  // each trains a network to convergence: under a second alone, far longer on a busy 2-core machine
  for (const generator of classification) {
    it(`reaches at least 95% test accuracy on ${generator.name} with a 2-16-16 tanh network on standardized inputs and Adam`, () => {
      expect(trainOn(generator.create())).toBeGreaterThanOrEqual(0.95);
    }, 120_000);
  }
});
