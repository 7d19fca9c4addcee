import { createSequential, NetworkModel } from '@neuronlab/core/nn';
import { fitNormalizer } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';
import { readNetwork } from './network-reading.js';

/** A 2-3-1 tanh network, its parameters drawn from a seed, after one training step so the gradients are set. */
function model(): NetworkModel {
  const net = createSequential({
    inputDim: 2,
    layers: [
      { units: 3, activation: 'tanh' },
      { units: 1, activation: 'linear' },
    ],
    seed: 7,
  });
  const m = new NetworkModel(net, 'mse');
  m.lossAndGrad({ x: Float64Array.of(1, 2, -1, 0.5), y: Float64Array.of(1, -1), n: 2 });
  return m;
}

/** Inputs as they are: no features, no normalization. */
const RAW = { features: null, normalization: null };

const probe = { id: 3, x: Float64Array.of(0.5, -1, 2, 4, 0, 0), n: 3, layer: 0, unit: 2 };

describe('readNetwork', () => {
  it('gives every layer’s z and a at the probe’s rows, equal bit for bit to layerActivations', () => {
    const m = model();
    const r = readNetwork(m, RAW, probe, 12);
    const expected = m.layerActivations(probe.x, 3);
    expect(r).toMatchObject({ id: 3, epoch: 12 });
    expect(r.layers.map((l) => l.units)).toEqual([3, 1]);
    for (const [i, l] of r.layers.entries()) {
      expect([...l.z]).toEqual([...expected[i]!.z]);
      expect([...l.a]).toEqual([...expected[i]!.a]);
    }
  });

  it('normalizes the rows as training did before the forward pass', () => {
    const m = model();
    const stats = fitNormalizer('standardize', Float64Array.of(0, 0, 2, 4), 2);
    const r = readNetwork(m, { features: null, normalization: stats }, probe, 0);
    // standardized with mean (1, 2) and population deviation (1, 2): (0.5, -1) → (-0.5, -1.5)
    expect([...r.input.subarray(0, 2)]).toEqual([-0.5, -1.5]);
    expect([...r.layers[1]!.a]).toEqual([...m.layerActivations(r.input, 3)[1]!.a]);
  });

  it('makes the run’s features from the rows, then normalizes them, as training made its rows', () => {
    const net = createSequential({ inputDim: 3, layers: [{ units: 2, activation: 'tanh' }], seed: 3 });
    const m = new NetworkModel(net, 'mse');
    const features = ['x1', 'x2', 'x1^2'];
    const stats = fitNormalizer('standardize', Float64Array.of(0, 0, 0, 2, 4, 4), 3);
    const r = readNetwork(m, { features, normalization: stats }, probe, 0);
    // (0.5, -1) → features (0.5, -1, 0.25) → standardized with mean (1, 2, 2) and deviation (1, 2, 2)
    expect([...r.input.subarray(0, 3)]).toEqual([-0.5, -1.5, -0.875]);
    expect(r.input.length).toBe(9);
    expect([...r.layers[0]!.a]).toEqual([...m.layerActivations(r.input, 3)[0]!.a]);
  });

  it('sends the selected neuron’s column of W, its bias and their gradients', () => {
    const m = model();
    const layer = m.network.layers[0]!;
    const r = readNetwork(m, RAW, probe, 0);
    // W is [inputs, units] row-major: neuron 2's incoming weights are W[0][2] and W[1][2]
    expect([...r.neuron!.weights]).toEqual([layer.weight.data[2], layer.weight.data[5]]);
    expect([...r.neuron!.grads]).toEqual([layer.weight.grad![2], layer.weight.grad![5]]);
    expect(r.neuron!.bias).toBe(layer.bias.data[2]);
    expect(r.neuron!.biasGrad).toBe(layer.bias.grad![2]);
    expect(r.neuron!.grads.some((g) => g !== 0)).toBe(true);
  });

  it('keeps its numbers when training goes on, and names no neuron the network does not have', () => {
    const m = model();
    const r = readNetwork(m, RAW, probe, 0);
    const before = r.layers.map((l) => [...l.z, ...l.a]);
    const weight = r.neuron!.weights[0];
    // steps and evaluations on batches of the probe's size take buffers from core's pool: none may be the reading's
    const batch = { x: probe.x, y: Float64Array.of(1, 0, -1), n: 3 };
    for (let i = 0; i < 3; i++) {
      m.lossAndGrad(batch);
      m.evaluate(batch);
    }
    m.network.layers[0]!.weight.data.fill(0);
    m.evaluate(batch);
    expect(r.layers.map((l) => [...l.z, ...l.a])).toEqual(before);
    expect(r.neuron!.weights[0]).toBe(weight);
    expect(readNetwork(m, RAW, { ...probe, layer: 0, unit: 3 }, 0).neuron).toBeNull();
    expect(readNetwork(m, RAW, { ...probe, layer: 2, unit: 0 }, 0).neuron).toBeNull();
  });
});
