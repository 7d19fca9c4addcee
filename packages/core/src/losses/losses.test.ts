import { describe, expect, it } from 'vitest';
import { checkGradients, randomTensor } from '../grad-check.test-util.js';
import { tensor } from '../tensor.js';
import { binaryCrossEntropyWithLogits, softmaxCrossEntropyWithLogits } from './cross-entropy.js';
import { getLoss, lossNames } from './registry.js';
import { huber, mae, mse } from './regression.js';

// central differences (eps 1e-6) on smooth float64 functions of order-1 values err by ~1e-9; 1e-6 leaves margin
const TOL = 1e-6;

describe('gradient check of every loss against central differences', () => {
  const pred = randomTensor([4, 3], 21);
  const target = randomTensor([4, 3], 22);
  const bits = tensor([1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0], [4, 3]);
  const oneHot = tensor([1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0], [4, 3]);
  const cases: [string, (p: import('../tensor.js').Tensor) => import('../tensor.js').Tensor][] = [
    ['mse', (p) => mse(p, target)],
    ['mae', (p) => mae(p, target)],
    ['huber with errors on both sides of delta', (p) => huber(p, target, 0.8)],
    ['binary cross-entropy from logits', (p) => binaryCrossEntropyWithLogits(p, bits)],
    ['softmax cross-entropy from logits', (p) => softmaxCrossEntropyWithLogits(p, oneHot)],
  ];
  for (const [name, f] of cases) {
    it(`matches central differences for ${name}`, () => {
      expect(checkGradients(f, [pred]).maxError).toBeLessThan(TOL);
    });
  }
});

describe('loss values', () => {
  it('averages squared, absolute and huber errors over every element', () => {
    const p = tensor([1, 2, 3, 7]);
    const t = tensor([1, 0, 3, 4]);
    expect(mse(p, t).item()).toBe((0 + 4 + 0 + 9) / 4);
    expect(mae(p, t).item()).toBe((0 + 2 + 0 + 3) / 4);
    // huber(δ=1): |e|=2 → 1·(2 − 0.5) = 1.5, |e|=3 → 2.5
    expect(huber(p, t).item()).toBe((1.5 + 2.5) / 4);
  });

  it('agrees with the textbook binary cross-entropy for moderate logits', () => {
    const z = [-2, -0.5, 0.3, 4];
    const y = [0, 1, 1, 0];
    const naive =
      z.reduce((s, v, i) => {
        const p = 1 / (1 + Math.exp(-v));
        return s - (y[i]! * Math.log(p) + (1 - y[i]!) * Math.log(1 - p));
      }, 0) / 4;
    // the stable form rearranges the same expression; float64 rounding differs by a few ulps
    expect(binaryCrossEntropyWithLogits(tensor(z), tensor(y)).item()).toBeCloseTo(naive, 13);
  });

  it('keeps both cross-entropies finite and exact for logits of ±1000', () => {
    const bce = binaryCrossEntropyWithLogits(
      tensor([1000, -1000, 1000], [3], { requiresGrad: true }),
      tensor([1, 0, 0]),
    );
    // the two right answers cost 0 and the wrong one costs 1000 (log(1 + e⁻¹⁰⁰⁰) underflows to exactly 0)
    expect(bce.item()).toBe(1000 / 3);
    bce.backward();
    const sce = softmaxCrossEntropyWithLogits(
      tensor([1000, -1000, 0, -1000, 1000, 0], [2, 3], { requiresGrad: true }),
      tensor([1, 0, 0, 1, 0, 0], [2, 3]),
    );
    // row 1 is right (cost 0), row 2 puts 2000 between the true class and the winner
    expect(sce.item()).toBe(1000);
    sce.backward();
    expect(sce.parents[0]!.grad!.every(Number.isFinite)).toBe(true);
  });

  it('names the loss and both shapes when they differ', () => {
    expect(() => mse(tensor([1, 2]), tensor([1, 2, 3]))).toThrow(
      /mse: prediction and target shapes must match.*got \[2\] and \[3\]/,
    );
  });
});

describe('loss registry', () => {
  it('lists every loss with a description and finds each by name', () => {
    expect(lossNames()).toEqual(['mse', 'mae', 'huber', 'binary-cross-entropy', 'softmax-cross-entropy']);
    for (const name of lossNames()) expect(getLoss(name).description.length).toBeGreaterThan(5);
    expect(() => getLoss('hinge')).toThrow(/loss: unknown name, got 'hinge'/);
  });
});
