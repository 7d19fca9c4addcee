import { describe, expect, it } from 'vitest';
import { checkGradients, randomTensor } from '../grad-check.test-util.js';
import { getInitializer, initializers } from '../init/initializers.js';
import { sum } from '../ops/reduce.js';
import { Rng } from '../rng.js';
import { tensor } from '../tensor.js';
import { activationNames, activations, getActivation } from './activations.js';
import { Dense } from './dense.js';
import { createSequential, Sequential } from './sequential.js';

describe('activations registry', () => {
  it('lists linear, relu, leaky-relu, tanh, sigmoid and softmax, each described', () => {
    expect(activationNames()).toEqual(['linear', 'relu', 'leaky-relu', 'tanh', 'sigmoid', 'softmax']);
    for (const name of activationNames()) expect(activations[name].description.length).toBeGreaterThan(3);
  });

  for (const name of ['linear', 'leaky-relu', 'tanh', 'sigmoid', 'softmax'] as const) {
    it(`differentiates ${name} correctly through its tensor ops`, () => {
      // away from 0 so leaky relu's kink is never inside ±eps; tolerance as for the primitives (1e-6 ≫ ~1e-9 error)
      const x = tensor(
        randomTensor([3, 4], 40).data.map((v) => (Math.abs(v) < 0.1 ? 0.5 : v)),
        [3, 4],
      );
      expect(checkGradients(getActivation(name).forward, [x]).maxError).toBeLessThan(1e-6);
    });
  }

  it('rejects an unknown name and lists the known ones', () => {
    expect(() => getActivation('gelu')).toThrow("activation: unknown name, got 'gelu'. Use one of: linear, relu");
  });
});

describe('initializers', () => {
  it('gives the same weights for the same seed and different ones for another', () => {
    const a = new Float64Array(6);
    const b = new Float64Array(6);
    const c = new Float64Array(6);
    getInitializer('glorot').fill(a, 2, 3, new Rng(1));
    getInitializer('glorot').fill(b, 2, 3, new Rng(1));
    getInitializer('glorot').fill(c, 2, 3, new Rng(2));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('keeps glorot within ±√(6/(fanIn+fanOut)) and treats xavier as glorot', () => {
    const w = new Float64Array(1000);
    getInitializer('xavier').fill(w, 10, 20, new Rng(3));
    const limit = Math.sqrt(6 / 30);
    expect(w.every((v) => Math.abs(v) <= limit)).toBe(true);
    expect(Math.max(...w)).toBeGreaterThan(0.9 * limit);
  });

  it('draws he weights with variance 2/fanIn', () => {
    const w = new Float64Array(20_000);
    initializers.he.fill(w, 8, 4, new Rng(4));
    const variance = w.reduce((s, v) => s + v * v, 0) / w.length;
    // 20,000 samples: the sample variance has a relative standard error of √(2/20000) = 1%, so allow 5%
    expect(Math.abs(variance / (2 / 8) - 1)).toBeLessThan(0.05);
  });

  it('fills zeros and [0, 1) uniforms', () => {
    const z = Float64Array.of(1, 2);
    initializers.zeros.fill(z, 1, 2, new Rng(1));
    expect(Array.from(z)).toEqual([0, 0]);
    const u = new Float64Array(100);
    initializers.uniform.fill(u, 10, 10, new Rng(1));
    expect(u.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe('Dense and Sequential', () => {
  it('computes activation(x·W + b) with W of shape [in, units]', () => {
    const layer = new Dense({ inputDim: 2, units: 1, activation: 'relu' });
    layer.weight.data.set([2, -1]);
    layer.bias.data.set([0.5]);
    expect(layer.forward(tensor([1, 1, 0, 3], [2, 2])).toArray()).toEqual([1.5, 0]);
  });

  it('builds layers.i parameters in order and reports its architecture', () => {
    const net = createSequential({ inputDim: 2, layers: [{ units: 3, activation: 'tanh' }, { units: 1 }], seed: 1 });
    expect(net.parameters().map((t) => `${t.name}[${t.shape.join(',')}]`)).toEqual([
      'layers.0.weight[2,3]',
      'layers.0.bias[3]',
      'layers.1.weight[3,1]',
      'layers.1.bias[1]',
    ]);
    expect(net.architecture()).toEqual({
      kind: 'sequential',
      inputDim: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'linear' },
      ],
    });
  });

  it('accumulates gradients over two backward passes until zeroGrad', () => {
    const net = createSequential({ inputDim: 2, layers: [{ units: 2, activation: 'tanh' }, { units: 1 }], seed: 2 });
    const x = tensor([0.5, -1, 2, 0.25], [2, 2]);
    sum(net.forward(x)).backward();
    const once = net.parameters()[0]!.grad![0]!;
    sum(net.forward(x)).backward();
    expect(net.parameters()[0]!.grad![0]).toBe(2 * once);
    net.zeroGrad();
    expect(net.parameters().every((t) => t.grad!.every((g) => g === 0))).toBe(true);
  });

  it('refuses layers whose sizes do not chain', () => {
    expect(() => new Sequential([new Dense({ inputDim: 2, units: 3 }), new Dense({ inputDim: 4, units: 1 })])).toThrow(
      /layer 1 expects 4 inputs but layer 0 gives 3/,
    );
  });

  it('rejects a layer of zero units', () => {
    expect(() => new Dense({ inputDim: 2, units: 0 })).toThrow(/Dense: units must be a whole number >= 1, got 0/);
  });
});
