import { describe, expect, it } from 'vitest';
import type { NetworkReading } from '../session/worker-protocol.js';
import { activationLine, formulaLines, neuronNumbers } from './formula.js';

// A 2-2-1 network read at one sample: the first layer's neuron 1 has w = (0.5, -0.25), b = 0.1 and sees x = (1, 2)
const reading: NetworkReading = {
  id: 1,
  epoch: 3,
  input: Float64Array.of(1, 2),
  layers: [
    { units: 2, z: Float64Array.of(0.7, 0.1), a: Float64Array.of(Math.tanh(0.7), Math.tanh(0.1)) },
    { units: 1, z: Float64Array.of(-2), a: Float64Array.of(1 / (1 + Math.exp(2))) },
  ],
  neuron: { weights: Float64Array.of(0.5, -0.25), grads: Float64Array.of(0.01, -0.02), bias: 0.1, biasGrad: 0.003 },
};

describe('neuronNumbers', () => {
  it('takes the inputs as the first layer’s aᵢ, and the engine’s z and a of the neuron', () => {
    const n = neuronNumbers(reading, 0, 1, 'tanh');
    expect([...(n?.inputs ?? [])]).toEqual([1, 2]);
    expect(n).toMatchObject({ z: 0.1, a: Math.tanh(0.1), bias: 0.1, unit: 1 });
  });

  it('takes the layer before’s outputs as the aᵢ of a later layer', () => {
    const n = neuronNumbers(reading, 1, 0, 'sigmoid');
    expect([...(n?.inputs ?? [])]).toEqual([Math.tanh(0.7), Math.tanh(0.1)]);
  });

  it('has no numbers for a neuron the reading was not made for', () => {
    expect(neuronNumbers(reading, 0, 2, 'tanh')).toBeNull();
    expect(neuronNumbers({ ...reading, neuron: null }, 0, 1, 'tanh')).toBeNull();
  });
});

describe('formulaLines', () => {
  it('spells out z = Σ wᵢ·aᵢ + b with the numbers, negatives in parentheses, then a = act(z)', () => {
    const n = neuronNumbers(reading, 0, 1, 'tanh')!;
    expect(formulaLines(n, 200)).toEqual([
      'z = Σ wᵢ·aᵢ + b = 0.5·1 + (-0.25)·2 + 0.1 = 0.1',
      'a = tanh(z) = tanh(0.1) = 0.0997',
    ]);
  });

  it('wraps between terms at the width, continuing with an indent', () => {
    const n = neuronNumbers(reading, 0, 1, 'tanh')!;
    const lines = formulaLines(n, 24);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(24);
    const joined = lines.join(' ').replace(/ +/g, ' ');
    expect(joined).toBe('z = Σ wᵢ·aᵢ + b = 0.5·1 + (-0.25)·2 + 0.1 = 0.1 a = tanh(z) = tanh(0.1) = 0.0997');
    expect(lines.length).toBeGreaterThan(2);
  });

  it('names each activation as it is usually written', () => {
    const n = neuronNumbers(reading, 1, 0, 'sigmoid')!;
    expect(activationLine(n)).toBe('a = σ(z) = σ(-2) = 0.119');
    expect(activationLine({ ...n, activation: 'relu', z: -2, a: 0 })).toBe('a = max(0, z) = max(0, -2) = 0');
    expect(activationLine({ ...n, activation: 'linear', a: -2 })).toBe('a = z = -2');
    expect(activationLine({ ...n, activation: 'softmax', a: 0.25 })).toBe(
      'a = softmax(z)[1] = e^(-2) / Σⱼ e^zⱼ = 0.25',
    );
  });
});
