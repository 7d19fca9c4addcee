import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { noGrad } from '../autograd.js';
import { gradCheck } from '../check/grad-check.js';
import { losses } from '../losses/registry.js';
import { detMath } from '../math/det-math.js';
import { createNeuron } from '../neuron/neuron.js';
import { Sgd } from '../optim/sgd.js';
import { Rng } from '../rng.js';
import { Tensor } from '../tensor.js';
import { fit } from '../train/train.js';
import type { Batch, Trainable } from '../train/types.js';
import { NetworkModel } from './network-model.js';
import { createFollowUpNetwork, createNeuronNetwork } from './presets.js';
import { createSequential } from './sequential.js';

/** The tutorial's data: x = −50..49 (°C), y = 1.8x + 32 (°F). */
function celsius(): Batch {
  const x = Float64Array.from({ length: 100 }, (_v, i) => i - 50);
  return { x, y: x.map((c) => (c * 9) / 5 + 32), n: 100 };
}

function relClose(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

describe('the tutorial neuron as a 1→1 dense model', () => {
  it('gives the same loss, w and b as the hand-derived neuron at every one of 10,000 SGD steps', () => {
    const data = celsius();
    const hand = createNeuron({ w: 0.5, b: 0.5 });
    const net = createNeuronNetwork(0.5, 0.5);
    const sgd = new Sgd();
    const [w, b] = net.params();
    let mismatches = 0;
    for (let step = 0; step < 10_000; step++) {
      const l1 = hand.lossAndGrad(data);
      const l2 = net.lossAndGrad(data);
      // 1e-12 relative only absorbs rounding noise: both sum the same products in the same order, so drift is a bug
      if (!relClose(l1, l2) || !relClose(hand.w, w!.value[0]!) || !relClose(hand.b, b!.value[0]!)) mismatches++;
      sgd.step(hand.params(), 1e-4);
      sgd.step(net.params(), 1e-4);
    }
    expect(mismatches).toBe(0);
    // the float64 reference end point, to 1e-12 relative
    expect(Math.abs(w!.value[0]! / REF.half.w - 1)).toBeLessThan(1e-12);
    expect(Math.abs(b!.value[0]! / REF.half.b - 1)).toBeLessThan(1e-12);
    expect(Math.abs(net.evaluate(data) / REF.half.mse - 1)).toBeLessThan(1e-12);
  });

  it('trains through the same fit as the neuron and ends at the same parameters', () => {
    const data = celsius();
    const options = { epochs: 500, lr: 1e-4, reportEvery: 100 };
    const a = fit(createNeuron({ w: 0.5, b: 0.5 }), { train: data }, options);
    const b = fit(createNeuronNetwork(0.5, 0.5), { train: data }, options);
    // same arithmetic in the same order: the end points agree to 1e-12 relative
    expect(relClose(a.loss, b.loss)).toBe(true);
    expect(relClose(a.params[0]!.norm, b.params[0]!.norm)).toBe(true);
    expect(relClose(a.params[1]!.norm, b.params[1]!.norm)).toBe(true);
  });
});

describe('NetworkModel', () => {
  it('exposes the layer tensors themselves as params, so an optimizer step moves the network', () => {
    const model = createFollowUpNetwork(3);
    const weight = model.network.layers[0]!.weight;
    expect(model.params()[0]!.value).toBe(weight.data);
    expect(model.params()[0]!.grad).toBe(weight.grad);
    expect(model.params().map((p) => p.name)).toEqual([
      'layers.0.weight',
      'layers.0.bias',
      'layers.1.weight',
      'layers.1.bias',
    ]);
  });

  it('has the follow-up tutorial’s 7 parameters', () => {
    const count = createFollowUpNetwork()
      .params()
      .reduce((s, p) => s + p.value.length, 0);
    expect(count).toBe(7);
  });

  it('overwrites gradients on every lossAndGrad instead of adding to the last ones', () => {
    const model = createFollowUpNetwork(1);
    const data = celsius();
    model.lossAndGrad(data);
    const first = Array.from(model.params()[0]!.grad);
    model.lossAndGrad(data);
    expect(Array.from(model.params()[0]!.grad)).toEqual(first);
  });

  it('evaluates and predicts without touching gradients', () => {
    const model = createFollowUpNetwork(1);
    const data = celsius();
    const loss = model.lossAndGrad(data);
    const grad = Array.from(model.params()[2]!.grad);
    expect(model.evaluate(data)).toBe(loss);
    expect(model.predict(data.x, data.n)).toHaveLength(100);
    expect(Array.from(model.params()[2]!.grad)).toEqual(grad);
  });

  it('gives each layer z and a for a batch, the last a equal to predict and each a the activation of its z', () => {
    const net = createSequential({
      inputDim: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 2, activation: 'relu' },
        { units: 1, activation: 'sigmoid' },
      ],
      seed: 4,
    });
    const model = new NetworkModel(net, 'binary-cross-entropy');
    const x = Float64Array.of(0.5, -1, 2, 0.25, -0.75, 1.5);
    const layers = model.layerActivations(x, 3);
    expect(layers.map((l) => [l.units, l.z.length, l.a.length])).toEqual([
      [3, 9, 9],
      [2, 6, 6],
      [1, 3, 3],
    ]);
    expect(Array.from(layers[2]!.a)).toEqual(Array.from(model.predict(x, 3)));
    // the engine's tanh is the deterministic one, so the same in every JavaScript engine
    expect(Array.from(layers[0]!.a)).toEqual(Array.from(layers[0]!.z, detMath.tanh));
    expect(Array.from(layers[1]!.a)).toEqual(Array.from(layers[1]!.z, (v) => Math.max(0, v)));
    // the first layer's z is x·W + b, written out for sample 1, neuron 2
    const w = net.layers[0]!.weight.data;
    const b = net.layers[0]!.bias.data;
    expect(layers[0]!.z[1 * 3 + 2]).toBeCloseTo(2 * w[0 * 3 + 2]! + 0.25 * w[1 * 3 + 2]! + b[2]!, 14);
  });

  it('returns sigmoid probabilities from predict while training on logits', () => {
    const net = createSequential({ inputDim: 2, layers: [{ units: 1, activation: 'sigmoid' }], seed: 1 });
    const model = new NetworkModel(net, 'binary-cross-entropy');
    const out = model.predict(Float64Array.of(1000, 1000, -1000, -1000), 2);
    expect(out.every((p) => p >= 0 && p <= 1)).toBe(true);
    const loss = model.lossAndGrad({ x: Float64Array.of(1000, 1000, -1000, -1000), y: Float64Array.of(1, 0), n: 2 });
    expect(Number.isFinite(loss)).toBe(true);
  });

  it('refuses a loss that cannot follow the output activation', () => {
    const net = createSequential({ inputDim: 2, layers: [{ units: 1, activation: 'tanh' }] });
    expect(() => new NetworkModel(net, 'binary-cross-entropy')).toThrow(
      /NetworkModel: loss 'binary-cross-entropy' needs a sigmoid or linear output layer, got 'tanh'/,
    );
  });

  it('names the expected sizes when a batch has the wrong shape', () => {
    const model = createFollowUpNetwork();
    expect(() => model.lossAndGrad({ x: new Float64Array(3), y: new Float64Array(2), n: 2 })).toThrow(
      /inputs must hold n × inputDim = 2×1 values, got 3/,
    );
  });
});

describe('NetworkModel under the part-1 gradient check', () => {
  it('passes gradCheck for a tanh network on every loss', () => {
    const rng = new Rng(8);
    const x = Float64Array.from({ length: 12 }, () => rng.uniform(-1, 1));
    const cases = [
      ['mse', 'linear', Float64Array.from({ length: 12 }, () => rng.uniform(-1, 1)), 2],
      ['huber', 'linear', Float64Array.from({ length: 12 }, () => rng.uniform(-3, 3)), 2],
      ['binary-cross-entropy', 'sigmoid', Float64Array.from({ length: 6 }, (_v, i) => i % 2), 1],
      ['softmax-cross-entropy', 'softmax', Float64Array.from({ length: 18 }, (_v, i) => (i % 4 === 0 ? 1 : 0)), 3],
    ] as const;
    for (const [loss, activation, y, units] of cases) {
      const net = createSequential({
        inputDim: 2,
        layers: [
          { units: 5, activation: 'tanh' },
          { units, activation },
        ],
        seed: 4,
      });
      const result = gradCheck(new NetworkModel(net, loss), { x, y, n: 6 });
      expect(result.passed, `${loss}: worst ${result.worstRelativeError}`).toBe(true);
    }
  });
});

describe('the gradient check at a trained classifier', () => {
  /** Three clusters, far apart: a softmax network drives its cross-entropy to near zero on them. */
  function clusters(): Batch {
    const rng = new Rng(3);
    const n = 30;
    const x = new Float64Array(2 * n);
    const y = new Float64Array(3 * n);
    for (let i = 0; i < n; i++) {
      const c = i % 3;
      x[2 * i] = [0, 4, 0][c]! + rng.normal(0, 0.3);
      x[2 * i + 1] = [0, 0, 4][c]! + rng.normal(0, 0.3);
      y[3 * i + c] = 1;
    }
    return { x, y, n };
  }

  /** The model with one parameter block's gradient scaled by `factor`: a gradient wrong by a known amount. */
  function skewed(model: NetworkModel, block: number, factor: number): Trainable {
    return {
      kind: model.kind,
      inputDim: model.inputDim,
      outputDim: model.outputDim,
      params: () => model.params(),
      evaluate: (batch) => model.evaluate(batch),
      predict: (x, n) => model.predict(x, n),
      lossAndGrad(batch) {
        const loss = model.lossAndGrad(batch);
        const g = model.params()[block]!.grad;
        for (let i = 0; i < g.length; i++) g[i]! *= factor;
        return loss;
      },
    };
  }

  it('passes a correct gradient where the loss is a tiny difference of large terms, and still fails a wrong one', () => {
    const batch = clusters();
    const net = createSequential({
      inputDim: 2,
      layers: [
        { units: 8, activation: 'tanh' },
        { units: 8, activation: 'tanh' },
        { units: 3, activation: 'softmax' },
      ],
      seed: 1,
    });
    const model = new NetworkModel(net, 'softmax-cross-entropy');
    const done = fit(model, { train: batch }, { optimizer: 'adam', lr: 0.05, epochs: 400, reportEvery: 400 });
    // trained to a loss so small that its rounding is many ulp of it: what a few ulp allow is not enough here
    expect(done.loss).toBeLessThan(1e-3);
    const result = gradCheck(model, batch);
    expect(result.passed, `worst ${result.worstRelativeError}`).toBe(true);
    for (const factor of [1.01, 1.001]) {
      const wrong = gradCheck(skewed(model, 2, factor), batch);
      expect(wrong.params.map((p) => p.passed)).toEqual([true, true, false, true, true, true]);
    }
  });
});

describe('buffer recycling between steps', () => {
  it('gives the same losses whether two models train alone or interleaved', () => {
    const rng = new Rng(5);
    const batch = {
      x: Float64Array.from({ length: 40 }, () => rng.uniform(-1, 1)),
      y: Float64Array.from({ length: 20 }, (_v, i) => i % 2),
      n: 20,
    };
    const make = () =>
      new NetworkModel(
        createSequential({
          inputDim: 2,
          layers: [
            { units: 8, activation: 'tanh' },
            { units: 1, activation: 'sigmoid' },
          ],
          seed: 6,
        }),
        'binary-cross-entropy',
      );
    const sgd = new Sgd();
    const alone = make();
    const aloneLosses = Array.from({ length: 50 }, () => {
      const l = alone.lossAndGrad(batch);
      sgd.step(alone.params(), 0.5);
      return l;
    });
    const a = make();
    const b = make();
    const interleaved: number[] = [];
    const kept = a.predict(batch.x, batch.n);
    const copy = Array.from(kept);
    for (let s = 0; s < 50; s++) {
      interleaved.push(a.lossAndGrad(batch));
      b.lossAndGrad(batch);
      sgd.step(a.params(), 0.5);
      sgd.step(b.params(), 0.5);
    }
    expect(interleaved).toEqual(aloneLosses);
    // a prediction handed out must never be overwritten by later steps' recycled buffers
    expect(Array.from(kept)).toEqual(copy);
  });
});

describe('classification', () => {
  it('classifies a linear output trained on binary cross-entropy by the sign of its logit', () => {
    const net = createSequential({ inputDim: 1, layers: [{ units: 1 }] });
    net.layers[0]!.weight.data[0] = 1;
    const model = new NetworkModel(net, 'binary-cross-entropy');
    expect(Array.from(model.classify(Float64Array.of(-0.3, 0.3, 0.7), 3))).toEqual([0, 1, 1]);
  });
});

describe('NetworkModel.predict on a batch', () => {
  it('predicts 5,000 points bit for bit as it predicts each point alone', () => {
    // the batch takes the blocked matmul (300 inputs to the second layer: more than one block deep), each point alone
    // the direct loop; both add every product in the same order
    const net = createSequential({
      inputDim: 2,
      layers: [
        { units: 300, activation: 'tanh' },
        { units: 8, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
      seed: 7,
    });
    const model = new NetworkModel(net, 'binary-cross-entropy');
    const rng = new Rng(11);
    const n = 5000;
    const x = Float64Array.from({ length: 2 * n }, () => rng.uniform(-3, 3));
    const batch = model.predict(x, n);
    const alone = Float64Array.from({ length: n }, (_, i) => model.predict(x.subarray(2 * i, 2 * i + 2), 1)[0]!);
    expect(Array.from(batch)).toEqual(Array.from(alone));
  });

  it('evaluates and predicts a set of many passes bit for bit as one pass over every row', () => {
    // 1,300 rows run as passes of at most 512 rows; the reference runs the layers once over all of them
    const net = createSequential({
      inputDim: 3,
      layers: [
        { units: 40, activation: 'relu' },
        { units: 4, activation: 'softmax' },
      ],
      seed: 5,
    });
    const model = new NetworkModel(net, 'softmax-cross-entropy');
    const rng = new Rng(13);
    const n = 1300;
    const x = Float64Array.from({ length: 3 * n }, () => rng.uniform(-2, 2));
    const y = new Float64Array(4 * n);
    for (let i = 0; i < n; i++) y[4 * i + rng.int(4)] = 1;
    const rows = new Tensor(x, [n, 3]);
    const whole = noGrad(() => net.forward(rows).data);
    const wholeLoss = noGrad(() => losses['softmax-cross-entropy'].compute(net.logits(rows), new Tensor(y, [n, 4])));
    expect(Array.from(model.predict(x, n))).toEqual(Array.from(whole));
    expect(model.evaluate({ x, y, n })).toBe(wholeLoss.item());
  });

  it('reuses its evaluation buffers without touching arrays it handed out', () => {
    const net = createSequential({ inputDim: 2, layers: [{ units: 8, activation: 'tanh' }, { units: 1 }], seed: 3 });
    const model = new NetworkModel(net, 'mse');
    const rng = new Rng(17);
    const n = 600;
    const x = Float64Array.from({ length: 2 * n }, () => rng.uniform(-1, 1));
    const y = Float64Array.from({ length: n }, () => rng.uniform(-1, 1));
    const predicted = model.predict(x, n);
    const layers = model.layerActivations(x, n);
    const kept = [predicted, ...layers.flatMap((l) => [l.z, l.a])].map((a) => Array.from(a));
    const first = model.evaluate({ x, y, n });
    // these passes take their buffers from the pool the evaluation filled
    const other = Float64Array.from({ length: 2 * n }, () => rng.uniform(-1, 1));
    model.predict(other, n);
    model.evaluate({ x: other, y, n });
    expect(model.evaluate({ x, y, n })).toBe(first);
    expect([predicted, ...layers.flatMap((l) => [l.z, l.a])].map((a) => Array.from(a))).toEqual(kept);
  });
});
