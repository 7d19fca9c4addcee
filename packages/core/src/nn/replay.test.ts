import { describe, expect, it } from 'vitest';
import { backward, isReplayable, recycleGraph } from '../autograd.js';
import { binaryCrossEntropyWithLogits } from '../losses/cross-entropy.js';
import { getLoss, type Loss } from '../losses/registry.js';
import { mse } from '../losses/regression.js';
import { linear } from '../ops/matmul.js';
import { exp } from '../ops/unary.js';
import { Adam } from '../optim/adam.js';
import { Sgd } from '../optim/sgd.js';
import { Rng } from '../rng.js';
import { Tensor, tensor } from '../tensor.js';
import type { Batch } from '../train/types.js';
import { NetworkModel } from './network-model.js';
import { createFollowUpNetwork, createNeuronNetwork } from './presets.js';
import { createSequential, type Sequential } from './sequential.js';

/** Loss and every param grad of one step on a graph built from scratch (no tape), leaving the model untouched. */
function freshStep(network: Sequential, batch: Batch, bce = false): { loss: number; grads: number[][] } {
  const params = network.parameters();
  for (const p of params) p.zeroGrad();
  const x = tensor(batch.x, [batch.n, network.inputDim]);
  const y = tensor(batch.y, [batch.n, network.outputDim]);
  const loss = bce ? binaryCrossEntropyWithLogits(network.logits(x), y) : mse(network.forward(x), y);
  loss.backward();
  return { loss: loss.item(), grads: params.map((p) => Array.from(p.grad!)) };
}

function randomBatch(rng: Rng, n: number, inputDim: number): Batch {
  return {
    x: Float64Array.from({ length: n * inputDim }, () => rng.uniform(-2, 2)),
    y: Float64Array.from({ length: n }, () => rng.uniform(-1, 1)),
    n,
  };
}

describe('replaying a recorded step', () => {
  it('gives bit-identical losses and gradients to a fresh graph at every step, parameters moving', () => {
    for (const model of [createNeuronNetwork(0.5, 0.5), createFollowUpNetwork(4)]) {
      const batch = randomBatch(new Rng(9), 40, 1);
      const sgd = new Sgd();
      for (let step = 0; step < 50; step++) {
        const expected = freshStep(model.network, batch);
        const loss = model.lossAndGrad(batch);
        // the replay runs the same ops in the same order on the same values, so equality is exact
        expect(loss).toBe(expected.loss);
        expect(model.params().map((p) => Array.from(p.grad))).toEqual(expected.grads);
        sgd.step(model.params(), 0.01);
      }
    }
  });

  it('replays a tanh, relu, leaky-relu and sigmoid network under binary cross-entropy bit for bit', () => {
    const network = createSequential({
      inputDim: 2,
      layers: [
        { units: 8, activation: 'tanh' },
        { units: 6, activation: 'relu' },
        { units: 5, activation: 'leaky-relu' },
        { units: 1, activation: 'sigmoid' },
      ],
      seed: 12,
    });
    const model = new NetworkModel(network, 'binary-cross-entropy');
    const rng = new Rng(4);
    const batch = randomBatch(rng, 24, 2);
    batch.y.set(batch.y.map((v) => (v > 0 ? 1 : 0)));
    const adam = new Adam();
    for (let step = 0; step < 30; step++) {
      const expected = freshStep(network, batch, true);
      expect(model.lossAndGrad(batch)).toBe(expected.loss);
      expect(model.params().map((p) => Array.from(p.grad))).toEqual(expected.grads);
      adam.step(model.params(), 0.05);
    }
  });

  it('reads a batch buffer refilled in place, as minibatch training does', () => {
    const model = createFollowUpNetwork(2);
    const rng = new Rng(5);
    const batch = randomBatch(rng, 8, 1);
    for (let step = 0; step < 20; step++) {
      batch.x.set(randomBatch(rng, 8, 1).x);
      batch.y.set(randomBatch(rng, 8, 1).y);
      const expected = freshStep(model.network, batch);
      // same arrays every step, new contents: a stale tape would return the previous batch's numbers
      expect(model.lossAndGrad(batch)).toBe(expected.loss);
      expect(model.params().map((p) => Array.from(p.grad))).toEqual(expected.grads);
    }
  });

  it('switches between two batch shapes and back without mixing their tapes', () => {
    const model = createFollowUpNetwork(7);
    const rng = new Rng(3);
    const [full, last, other] = [randomBatch(rng, 32, 1), randomBatch(rng, 8, 1), randomBatch(rng, 16, 1)];
    // an epoch's full minibatches then its shorter last one, twice; then a third shape evicts a tape, then back
    const sequence = [full, full, last, full, full, last, other, full, last, full];
    const sgd = new Sgd();
    for (const batch of sequence) {
      const expected = freshStep(model.network, batch);
      expect(model.lossAndGrad(batch)).toBe(expected.loss);
      expect(model.params().map((p) => Array.from(p.grad))).toEqual(expected.grads);
      sgd.step(model.params(), 0.05);
    }
  });

  it('does not replay a custom loss, which may read values computed outside the graph', () => {
    // pulls predictions halfway towards their own (detached) mean: the target depends on the forward pass
    const base = getLoss('mse');
    const selfReferential: Loss = {
      ...base,
      compute: (p, t) => {
        const mean = p.data.reduce((s, v) => s + v, 0) / p.size;
        const shifted = Float64Array.from(t.data, (v) => (v + mean) / 2);
        return mse(p, new Tensor(shifted, t.shape));
      },
    };
    const model = new NetworkModel(createFollowUpNetwork(1).network, selfReferential);
    const reference = new NetworkModel(createFollowUpNetwork(1).network, selfReferential);
    const batch = randomBatch(new Rng(8), 10, 1);
    const sgd = new Sgd();
    for (let step = 0; step < 5; step++) {
      const loss = model.lossAndGrad(batch);
      const x = tensor(batch.x, [10, 1]);
      const expected = selfReferential.compute(reference.network.forward(x), tensor(batch.y, [10, 1]));
      for (const p of reference.network.parameters()) p.zeroGrad();
      expected.backward();
      expect(loss).toBe(expected.item());
      sgd.step(model.params(), 0.05);
      sgd.step(reference.params(), 0.05);
    }
  });
});

describe('isReplayable', () => {
  it('accepts linear and mse graphs and rejects a graph with an op that cannot recompute itself', () => {
    const w = tensor([0.3, -0.2], [1, 2], { requiresGrad: true });
    const b = tensor([0.1, 0], [2], { requiresGrad: true });
    const x = tensor([1, 2, 3], [3, 1]);
    const y = tensor([0, 1, 0, 1, 1, 0], [3, 2]);
    const plain = mse(linear(x, w, b), y);
    const plainOrder = backward(plain);
    expect(isReplayable(plainOrder)).toBe(true);
    recycleGraph(plain, plainOrder);
    const withExp = mse(exp(linear(x, w, b)), y);
    const expOrder = backward(withExp);
    expect(isReplayable(expOrder)).toBe(false);
  });
});
