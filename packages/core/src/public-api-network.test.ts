import { fit, sequentialFromModelFile, sequentialToModelFile } from '@neuronlab/core';
import {
  activationNames,
  createOptimizer,
  createSchedule,
  createSequential,
  lossNames,
  NetworkModel,
} from '@neuronlab/core/nn';
import { noGrad, sum, tanh, tensor } from '@neuronlab/core/tensor';
import { describe, expect, it } from 'vitest';

describe('@neuronlab/core public API: tensors and networks', () => {
  it('differentiates a tensor expression through the package entry', () => {
    const x = tensor([0.5, -1], [2], { requiresGrad: true });
    sum(tanh(x)).backward();
    // d tanh/dx = 1 − tanh², exact to float64 rounding (1e-15)
    expect(x.grad![0]).toBeCloseTo(1 - Math.tanh(0.5) ** 2, 15);
    expect(noGrad(() => tanh(x)).requiresGrad).toBe(false);
  });

  it('trains, saves and reloads a network with only public names', () => {
    const net = createSequential({ inputDim: 1, layers: [{ units: 4, activation: 'tanh' }, { units: 1 }], seed: 1 });
    const x = Float64Array.from({ length: 20 }, (_v, i) => i / 10 - 1);
    const done = fit(
      new NetworkModel(net),
      { train: { x, y: x.map((v) => v * v), n: 20 } },
      {
        optimizer: createOptimizer('adam'),
        lr: 0.05,
        epochs: 300,
        schedule: createSchedule('cosine'),
      },
    );
    // y = x² on [−1, 1] has variance ≈ 0.09; a fitted 4-unit net gets far below that
    expect(done.loss).toBeLessThan(0.01);
    const copy = sequentialFromModelFile(sequentialToModelFile(net));
    expect(copy.parameters()[0]!.toArray()).toEqual(net.parameters()[0]!.toArray());
    expect(activationNames()).toContain('tanh');
    expect(lossNames()).toContain('mse');
  });
});
