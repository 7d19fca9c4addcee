import { createSequential, NetworkModel } from '@neuronlab/core/nn';
import type { NetworkChart, ShownReading } from '../network/network-chart.js';
import type { NetworkSelection } from '../network/selection.js';
import { readNetwork } from '../session/network-reading.js';

/** Samples of a 2-D plane: `point(i)`, by default (i/10, -i/10); class i mod 2. */
const SAMPLES = 20;

/**
 * A network chart for a 2-4-3-1 tanh network on a plane, its inputs called `inputs`, read in this thread with the
 * training thread's own `readNetwork` (after one step, so gradients are set). `asked` records what the panel asked for.
 */
export function testNetwork(
  activation: 'tanh' | 'relu' = 'tanh',
  inputs: readonly string[] = ['x1', 'x2'],
  point = (i: number) => [i / 10, -i / 10],
) {
  const net = createSequential({
    inputDim: 2,
    layers: [
      { units: 4, activation },
      { units: 3, activation },
      { units: 1, activation: 'sigmoid' },
    ],
    seed: 3,
  });
  const model = new NetworkModel(net, 'binary-cross-entropy');
  model.lossAndGrad({ x: Float64Array.of(0.3, -0.2, -0.5, 0.8), y: Float64Array.of(1, 0), n: 2 });
  const asked: Array<{ s: NetworkSelection; px: number; py: number }> = [];
  const sample = (i: number) => ({ x: point(i), target: `class ${i % 2}` });
  const read = (s: NetworkSelection, px: number, py: number): ShownReading => {
    asked.push({ s, px, py });
    const grid = Array.from({ length: px * py }, (_, k) => [(k % px) / px - 0.5, Math.floor(k / px) / py - 0.5]);
    const x = Float64Array.from([...sample(s.sample).x, ...grid.flat()]);
    const probe = { id: asked.length, x, n: 1 + px * py, layer: s.layer, unit: s.unit };
    return { reading: readNetwork(model, { features: null, normalization: null }, probe, 42), ...s, px, py };
  };
  const chart: NetworkChart = {
    kind: 'network',
    inputs,
    layers: [
      { units: 4, activation },
      { units: 3, activation },
      { units: 1, activation: 'sigmoid' },
    ],
    samples: SAMPLES,
    sample,
    plane: true,
    read,
  };
  return { chart, model, asked };
}
