/**
 * The small network in brain.js 1.6.1 (its latest release; the 2.0 betas need native GPU builds). brain.js cannot
 * train the identical model: one activation applies to every layer, so the output is tanh instead of sigmoid; the
 * loss is squared error, not cross-entropy; it updates after every sample (no minibatches); and it initializes its
 * weights with Math.random. We give it the same layer sizes, data, epochs and Adam at the same learning rate, and
 * compare samples per second only.
 */
import { createRequire } from 'node:module';
import type { Samples } from '../data.js';
import type { Contestant } from '../measure.js';

type BrainModule = typeof import('brain.js');

/** A contestant training brain.js's NeuralNetwork for `epochs` passes over the data; `result()` gives its error. */
export function brainSmallNet(
  name: string,
  data: Samples,
  run: { hidden: [number, number]; epochs: number; lr: number },
) {
  const state: { error?: number; train?: () => number } = {};
  const contestant: Contestant = {
    name,
    setup() {
      const brain = createRequire(import.meta.url)('brain.js') as BrainModule;
      const rows = Array.from({ length: data.n }, (_, i) => ({
        input: Array.from(data.x.subarray(i * data.inputDim, (i + 1) * data.inputDim)),
        output: [data.y[i]!],
      }));
      const net = new brain.NeuralNetwork({ hiddenLayers: run.hidden, activation: 'tanh' });
      state.train = () =>
        net.train(rows, {
          iterations: run.epochs,
          errorThresh: 1e-12,
          learningRate: run.lr,
          praxis: 'adam',
          log: false,
        }).error;
    },
    run() {
      state.error = state.train!();
    },
  };
  return { contestant, result: () => state.error };
}
