import type { DoneEvent } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { jsonLine } from './json-line.js';

const done: DoneEvent = {
  type: 'done',
  epochs: 10,
  steps: 10,
  loss: 0.5,
  reason: 'completed',
  params: [
    { name: 'w', shape: [1], values: [1.75], grads: [0], norm: 1.75, gradNorm: 0 },
    { name: 'b', shape: [1], values: [30], grads: [0], norm: 30, gradNorm: 0 },
  ],
};

describe('jsonLine', () => {
  it('lifts weight and bias to the top level when the model is a neuron', () => {
    expect(JSON.parse(jsonLine(done, 'neuron'))).toMatchObject({ type: 'done', weight: 1.75, bias: 30 });
  });

  it('decides by the model kind, not by parameter names: a network with blocks named w and b gets none', () => {
    const line = JSON.parse(jsonLine(done, 'sequential'));
    expect(line).not.toHaveProperty('weight');
    expect(line).not.toHaveProperty('bias');
  });

  it('writes other events as they are', () => {
    const e = { type: 'error', code: 'diverged', message: 'x', epoch: 3, lr: 1 } as const;
    expect(jsonLine(e, 'neuron')).toBe(JSON.stringify(e));
  });
});
