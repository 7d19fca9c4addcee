import type { ParamReport } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { neuronParams } from './neuron-params.js';

const report = (name: string, values?: number[], grads?: number[]): ParamReport => ({
  name,
  shape: [values?.length ?? 1],
  ...(values ? { values } : {}),
  ...(grads ? { grads } : {}),
  norm: 0,
  gradNorm: 0,
});

describe('neuronParams', () => {
  it('reads the neuron’s w and b with their gradients', () => {
    expect(neuronParams([report('w', [1.5], [-0.1]), report('b', [30], [0.2])])).toEqual({
      w: { value: 1.5, grad: -0.1 },
      b: { value: 30, grad: 0.2 },
    });
  });

  it('gives NaN for a gradient the event did not carry', () => {
    expect(neuronParams([report('w', [1]), report('b', [2])])?.w.grad).toBeNaN();
  });

  it('gives null when the values were not reported', () => {
    expect(neuronParams([report('w'), report('b')])).toBeNull();
    expect(neuronParams([])).toBeNull();
  });
});
