/**
 * The small network in TensorFlow.js: the same 2-16-16-1 tanh/sigmoid network, initial weights, BCE on the logit,
 * Adam and seeded minibatch order as the hand-written baseline, written the idiomatic way (variables, a tidy forward
 * pass, optimizer.minimize, tf.gather for the batch). Float32.
 */
import { Rng } from '@neuronlab/core';
import type { SmallNetParams } from '../baselines/small-net.js';
import type { Samples } from '../data.js';
import type { Contestant } from '../measure.js';
import { f32, type TfBackend, useTfBackend } from './tfjs.js';

/** What the small-network contestants are asked to do. */
export interface SmallNetRun {
  readonly sizes: readonly [number, number, number];
  readonly init: SmallNetParams;
  readonly epochs: number;
  readonly batchSize: number;
  readonly lr: number;
  readonly seed: number;
}

/** A contestant training the small network with TensorFlow.js on `backend`; `result()` gives per-epoch losses. */
export function tfjsSmallNet(name: string, backend: TfBackend, data: Samples, run: SmallNetRun) {
  const state: { losses?: Float64Array; go?: () => Float64Array; free?: () => void } = {};
  const contestant: Contestant = {
    name,
    async setup() {
      const tf = await useTfBackend(backend);
      const [ni, n1, n2] = run.sizes;
      const shapes: [number, number][] = [
        [ni, n1],
        [1, n1],
        [n1, n2],
        [1, n2],
        [n2, 1],
        [1, 1],
      ];
      const vars = run.init.map((p, i) => tf.variable(tf.tensor2d(f32(p), shapes[i]!)));
      type V = (typeof vars)[number];
      const [w1, b1, w2, b2, w3, b3] = vars as [V, V, V, V, V, V];
      const xs = tf.tensor2d(f32(data.x), [data.n, ni]);
      const ys = tf.tensor2d(f32(data.y), [data.n, 1]);
      const opt = tf.train.adam(run.lr, 0.9, 0.999, 1e-8);
      const bce = (x: typeof xs, y: typeof ys) => {
        const h1 = x.matMul(w1).add(b1).tanh();
        const h2 = h1.matMul(w2).add(b2).tanh();
        return tf.losses.sigmoidCrossEntropy(y, h2.matMul(w3).add(b3)) as ReturnType<typeof tf.scalar>;
      };
      state.go = () => {
        const rng = new Rng(run.seed);
        const order = Int32Array.from({ length: data.n }, (_, i) => i);
        const losses = new Float64Array(run.epochs);
        for (let e = 0; e < run.epochs; e++) {
          rng.shuffle(order);
          for (let start = 0; start < data.n; start += run.batchSize) {
            const idx = tf.tensor1d(order.subarray(start, Math.min(data.n, start + run.batchSize)), 'int32');
            const cost = opt.minimize(() => bce(tf.gather(xs, idx), tf.gather(ys, idx)), true);
            cost!.dataSync();
            tf.dispose([cost!, idx]);
          }
          // the loss over the whole set at the epoch's final parameters, as core's progress events report it
          const loss = tf.tidy(() => bce(xs, ys));
          losses[e] = loss.dataSync()[0]!;
          loss.dispose();
        }
        return losses;
      };
      state.free = () => {
        tf.dispose([...vars, xs, ys]);
        opt.dispose();
      };
    },
    run() {
      state.losses = state.go!();
    },
    teardown() {
      state.free?.();
    },
  };
  return { contestant, result: () => state.losses };
}
