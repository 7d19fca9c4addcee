/**
 * The tutorial in TensorFlow.js: the same neuron, data, learning rate and step count, with the loss read back every
 * step (as the engine reports it) and w, b read every `reportEvery` steps. TensorFlow.js computes in float32.
 */
import type { TutorialResult, TutorialRun } from '../baselines/tutorial-loop.js';
import type { Samples } from '../data.js';
import type { Contestant } from '../measure.js';
import { f32, type TfBackend, useTfBackend } from './tfjs.js';

/** A contestant that trains the tutorial neuron with tf.train.sgd on `backend`; `last` holds the final result. */
export function tfjsTutorial(name: string, backend: TfBackend, data: Samples, run: TutorialRun) {
  const state: { last?: TutorialResult; go?: () => TutorialResult; free?: () => void } = {};
  const contestant: Contestant = {
    name,
    async setup() {
      const tf = await useTfBackend(backend);
      const xs = tf.tensor2d(f32(data.x), [data.n, 1]);
      const ys = tf.tensor2d(f32(data.y), [data.n, 1]);
      const w = tf.variable(tf.scalar(run.w0));
      const b = tf.variable(tf.scalar(run.b0));
      const opt = tf.train.sgd(run.lr);
      state.go = () => {
        const losses = new Float64Array(run.steps);
        const reports: TutorialResult['reports'] = [];
        for (let step = 0; step < run.steps; step++) {
          const cost = opt.minimize(() => tf.losses.meanSquaredError(ys, xs.mul(w).add(b)), true, [w, b]);
          losses[step] = cost!.dataSync()[0]!;
          cost!.dispose();
          if ((step + 1) % run.reportEvery === 0) {
            reports.push({ epoch: step + 1, loss: losses[step]!, w: w.dataSync()[0]!, b: b.dataSync()[0]! });
          }
        }
        return { w: w.dataSync()[0]!, b: b.dataSync()[0]!, losses, reports };
      };
      state.free = () => {
        tf.dispose([xs, ys, w, b]);
        opt.dispose();
      };
    },
    run() {
      state.last = state.go!();
    },
    teardown() {
      state.free?.();
    },
  };
  return { contestant, result: () => state.last };
}
