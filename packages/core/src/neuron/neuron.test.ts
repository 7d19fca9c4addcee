import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.js';
import { fit } from '../train/train.js';
import { createNeuron, Neuron, TUTORIAL_DEFAULTS } from './neuron.js';
import { meanSquaredError, neuronBackward, neuronForward } from './neuron-math.js';
import { tutorialBatch } from './tutorial-data.test-util.js';

// Pinned from packages/core/reference/neuron_reference.py (plain Python float64, same sample-order sums), run with
// `python3 packages/core/reference/neuron_reference.py`. Same operations in the same order give the same bits, so
// 1e-12 relative only absorbs a platform whose libm or compiler reorders nothing we know of.
const REF = {
  half: { w: 1.7974385149673768, b: 27.735125882253637, mse: 18.18369559384874 },
  other: { w: 1.800650285335625, b: 33.08272547437721, mse: 1.171942835360143 },
  mistake: { w: 1.8731804436269999, b: 27.784383187435427, mse: 22.543632822973997 },
  firstLoss: 2359.9150000000004,
};

function expectRel(actual: number, expected: number, rel = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

function runTutorial(neuron: Neuron, lr = TUTORIAL_DEFAULTS.lr, epochs = TUTORIAL_DEFAULTS.epochs) {
  return fit(neuron, { train: tutorialBatch() }, { lr, epochs, reportEvery: epochs });
}

describe('the tutorial neuron', () => {
  it('reproduces the float64 reference from w = b = 0.5 after 10,000 steps at lr 1e-4', () => {
    const neuron = createNeuron({ w: 0.5, b: 0.5 });
    const done = runTutorial(neuron);
    expectRel(neuron.w, REF.half.w);
    expectRel(neuron.b, REF.half.b);
    expectRel(done.loss, REF.half.mse);
    expect(done.epochs).toBe(10_000);
  });

  it('reproduces the float64 reference from w = −3, b = 40', () => {
    const neuron = createNeuron({ w: -3, b: 40 });
    const done = runTutorial(neuron);
    expectRel(neuron.w, REF.other.w);
    expectRel(neuron.b, REF.other.b);
    expectRel(done.loss, REF.other.mse);
  });

  it('reproduces the reference of the tutorial’s published gradient mistake, which ends elsewhere', () => {
    const neuron = createNeuron({ w: 0.5, b: 0.5 }, { gradient: 'tutorial-mistake' });
    const done = runTutorial(neuron);
    expectRel(neuron.w, REF.mistake.w);
    expectRel(neuron.b, REF.mistake.b);
    expectRel(done.loss, REF.mistake.mse);
  });

  it('converges to w = 1.8, b = 32 within 1e-6 at lr 1e-3', () => {
    const neuron = createNeuron({ w: 0.5, b: 0.5 });
    runTutorial(neuron, 1e-3);
    // the reference reaches (1.8, 32) to ~6e-8 in b; 1e-6 is the bar
    expect(Math.abs(neuron.w - 1.8)).toBeLessThan(1e-6);
    expect(Math.abs(neuron.b - 32)).toBeLessThan(1e-6);
  });

  it('reports the loss before the first update as epoch 1’s loss, like the tutorial', () => {
    const neuron = createNeuron({ w: 0.5, b: 0.5 });
    const batch = tutorialBatch();
    // exact: the trainer and the explicit forward do the same sums
    expect(neuron.lossAndGrad(batch)).toBe(REF.firstLoss);
    expect(meanSquaredError(neuronForward(batch.x, 0.5, 0.5), batch.y)).toBe(REF.firstLoss);
  });

  it('draws w then b uniform in [0, 1) from new Rng(seed)', () => {
    const rng = new Rng(42);
    const neuron = createNeuron({ seed: 42 });
    expect([neuron.w, neuron.b]).toEqual([rng.next(), rng.next()]);
    expect(neuron.w).toBeGreaterThanOrEqual(0);
    expect(neuron.w).toBeLessThan(1);
    expect(createNeuron({ rng: new Rng(42) }).b).toBe(neuron.b);
  });

  it('exposes w and b as parameters of shape [1] whose grads the backward pass writes', () => {
    const neuron = new Neuron(0.5, 0.5);
    const batch = tutorialBatch();
    neuron.lossAndGrad(batch);
    const [w, b] = neuron.params();
    const g = neuronBackward(batch.x, batch.y, neuronForward(batch.x, 0.5, 0.5));
    expect(w?.name).toBe('w');
    expect(b?.shape).toEqual([1]);
    expect(w?.grad[0]).toBe(g.dw);
    expect(b?.grad[0]).toBe(g.db);
  });

  it('computes, in its fused pass, exactly the bits of the explicit forward → MSE → backward', () => {
    const rng = new Rng(5);
    const n = 37;
    const x = Float64Array.from({ length: n }, () => rng.normal(0, 30));
    const y = Float64Array.from({ length: n }, () => rng.normal(10, 50));
    for (const gradient of ['correct', 'tutorial-mistake'] as const) {
      const neuron = new Neuron(rng.normal(), rng.normal(), { gradient });
      const loss = neuron.lossAndGrad({ x, y, n });
      const out = neuronForward(x, neuron.w, neuron.b);
      const g = neuronBackward(x, y, out, n, gradient);
      // toBe, not toBeCloseTo: the same terms are summed in the same order
      expect(loss).toBe(meanSquaredError(out, y));
      expect(neuron.evaluate({ x, y, n })).toBe(loss);
      expect([neuron.params()[0]!.grad[0], neuron.params()[1]!.grad[0]]).toEqual([g.dw, g.db]);
    }
  });

  it('predicts x·w + b', () => {
    const neuron = new Neuron(2, 1);
    expect(Array.from(neuron.predict(Float64Array.of(0, 1, -3), 3))).toEqual([1, 3, -5]);
  });

  it('rejects non-finite start values and unknown gradient variants', () => {
    expect(() => new Neuron(Number.NaN, 0)).toThrow(RangeError);
    expect(() => new Neuron(0, 0, { gradient: 'wrong' as 'correct' })).toThrow(TypeError);
  });
});
