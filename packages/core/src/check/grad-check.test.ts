import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { Neuron } from '../neuron/neuron.js';
import { tutorialBatch } from '../neuron/tutorial-data.test-util.js';
import type { Batch, Param, Trainable } from '../train/types.js';
import { gradCheck } from './grad-check.js';

describe('gradCheck', () => {
  it('passes the correct neuron at the documented 1e-6 threshold', () => {
    const result = gradCheck(new Neuron(0.5, 0.5), tutorialBatch());
    expect(result.passed).toBe(true);
    expect(result.tolerance).toBe(1e-6);
    // the loss is quadratic, so central differences are exact up to rounding, which is about
    // 2⁻⁵² · L / (h · |∂L/∂b|) ≈ 2.2e-16 · 2360 / (1e-6 · 63) ≈ 1e-8 for the bias: ten times under this bound
    expect(result.worstRelativeError).toBeLessThan(1e-7);
    expect(result.params.map((p) => p.name)).toEqual(['w', 'b']);
  });

  it('flags the tutorial’s mistake in the weight gradient and clears the bias gradient', () => {
    const result = gradCheck(new Neuron(0.5, 0.5, { gradient: 'tutorial-mistake' }), tutorialBatch());
    expect(result.passed).toBe(false);
    const [w, b] = result.params;
    expect(w?.passed).toBe(false);
    // Σ outᵢ·∂L/∂outᵢ and Σ xᵢ·∂L/∂outᵢ differ by an O(1) factor here, not by rounding
    expect(w?.worstRelativeError).toBeGreaterThan(0.1);
    expect(b?.passed).toBe(true);
  });

  it('passes the correct neuron near the minimum, where the gradient is tiny next to the loss', () => {
    // the tutorial's end point: |∂L/∂w| ≈ 5e-3 while L ≈ 18, so the central difference's own rounding
    // (≈ ulp·L/h) is about 1e-6 of the gradient; the check must attribute that to rounding, not to the model
    const near = gradCheck(new Neuron(REF.half.w, REF.half.b), tutorialBatch());
    expect(near.passed).toBe(true);
    const mistaken = gradCheck(new Neuron(REF.half.w, REF.half.b, { gradient: 'tutorial-mistake' }), tutorialBatch());
    expect(mistaken.params[0]?.passed).toBe(false);
  });

  it('passes the correct neuron at every epoch of the tutorial run', () => {
    const batch = tutorialBatch();
    const neuron = new Neuron(0.5, 0.5);
    const failures: number[] = [];
    for (let epoch = 1; epoch <= 10_000; epoch++) {
      if (epoch % 50 === 0 && !gradCheck(neuron, batch).passed) failures.push(epoch);
      neuron.lossAndGrad(batch);
      const [w, b] = neuron.params();
      neuron.setParams(neuron.w - 1e-4 * w!.grad[0]!, neuron.b - 1e-4 * b!.grad[0]!);
    }
    expect(failures).toEqual([]);
  });

  it('restores every parameter bit-for-bit', () => {
    const neuron = new Neuron(0.1 + 0.2, -7.25);
    gradCheck(neuron, tutorialBatch());
    expect([neuron.w, neuron.b]).toEqual([0.1 + 0.2, -7.25]);
  });

  it('reports the worst entry of a multi-entry block', () => {
    // L = Σ vᵢ² / 2 with a wrong gradient only at index 2
    const value = Float64Array.of(1, -2, 3);
    const p: Param = { name: 'v', shape: [3], value, grad: new Float64Array(3) };
    const half = (b: Batch) => value.reduce((s, v) => s + (v * v) / 2, 0) + 0 * b.n;
    const model: Trainable = {
      kind: 'toy',
      inputDim: 1,
      outputDim: 1,
      params: () => [p],
      lossAndGrad(b) {
        p.grad.set([value[0]!, value[1]!, 2 * value[2]!]);
        return half(b);
      },
      evaluate: half,
      predict: (x) => x,
    };
    const result = gradCheck(model, { x: new Float64Array(1), y: new Float64Array(1), n: 1 });
    expect(result.params[0]?.worstIndex).toBe(2);
    expect(result.params[0]?.analytic).toBe(6);
    // numeric ≈ 3: relative error |6 − 3| / 6 = 0.5, to the accuracy of the finite difference
    expect(result.params[0]?.worstRelativeError).toBeCloseTo(0.5, 6);
  });

  it('rejects a non-positive epsilon', () => {
    expect(() => gradCheck(new Neuron(0, 0), tutorialBatch(), { epsilon: 0 })).toThrow(RangeError);
  });
});
