import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.js';
import type { TrainEvent } from '../train/events.js';
import { train } from '../train/train.js';
import { NetworkModel } from './network-model.js';
import { createSequential } from './sequential.js';
import { binarySets, split } from './toy-data.test-util.js';

async function run(seed: number): Promise<TrainEvent[]> {
  const { train: trainSet, test } = split(binarySets.moons!(200, new Rng(2)), 0.3, new Rng(3));
  const net = createSequential({
    inputDim: 2,
    layers: [
      { units: 8, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    seed: 4,
  });
  const events: TrainEvent[] = [];
  const options = {
    optimizer: 'adam',
    lr: 0.05,
    batchSize: 16,
    epochs: 400,
    seed,
    targetLoss: 0.05,
    task: 'binary',
  } as const;
  for await (const e of train(new NetworkModel(net, 'binary-cross-entropy'), { train: trainSet, test }, options)) {
    events.push(e);
  }
  return events;
}

describe('a NetworkModel under the one train', () => {
  it('reports train and test loss every epoch and stops early at the target loss', async () => {
    const events = await run(9);
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((e) => Number.isFinite(e.loss) && Number.isFinite(e.testLoss))).toBe(true);
    const done = events.at(-1)!;
    expect(done.type).toBe('done');
    if (done.type === 'done') {
      expect(done.reason).toBe('target-loss');
      expect(done.epochs).toBeLessThan(400);
    }
  });

  it('repeats bit for bit with the same seed and shuffles differently with another', async () => {
    const a = await run(9);
    const b = await run(9);
    const c = await run(10);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });
});
