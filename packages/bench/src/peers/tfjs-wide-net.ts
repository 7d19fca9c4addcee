/**
 * The wide network in TensorFlow.js: 784-128 relu-10, softmax cross-entropy, plain SGD, minibatches taken in order
 * for one epoch. Float32; the wasm backend runs XNNPACK's SIMD kernels.
 */
import type { Samples } from '../data.js';
import type { Contestant } from '../measure.js';
import { f32, type TfBackend, useTfBackend } from './tfjs.js';

/** What the wide-network contestants are asked to do. */
export interface WideNetRun {
  readonly hidden: number;
  readonly batchSize: number;
  readonly lr: number;
  /** Glorot-uniform W1 (in×hidden) and W2 (hidden×classes); biases start at 0. */
  readonly w1: Float64Array;
  readonly w2: Float64Array;
}

/** A contestant running one epoch of the wide network with TensorFlow.js; `result()` gives the last batch loss. */
export function tfjsWideNet(name: string, backend: TfBackend, data: Samples, run: WideNetRun) {
  const state: { loss?: number; go?: () => number; free?: () => void } = {};
  const contestant: Contestant = {
    name,
    async setup() {
      const tf = await useTfBackend(backend);
      const { inputDim: ni, outputDim: nc } = data;
      const w1 = tf.variable(tf.tensor2d(f32(run.w1), [ni, run.hidden]));
      const b1 = tf.variable(tf.zeros([run.hidden]));
      const w2 = tf.variable(tf.tensor2d(f32(run.w2), [run.hidden, nc]));
      const b2 = tf.variable(tf.zeros([nc]));
      // batches are cut once in setup, as tf.data would hand them over; the timed part is training only
      const xs = tf.tensor2d(f32(data.x), [data.n, ni]);
      const ys = tf.tensor2d(f32(data.y), [data.n, nc]);
      const batches: { x: typeof xs; y: typeof ys }[] = [];
      for (let start = 0; start < data.n; start += run.batchSize) {
        const nb = Math.min(run.batchSize, data.n - start);
        batches.push({ x: xs.slice([start, 0], [nb, ni]), y: ys.slice([start, 0], [nb, nc]) });
      }
      tf.dispose([xs, ys]);
      const opt = tf.train.sgd(run.lr);
      state.go = () => {
        let last = Number.NaN;
        for (const batch of batches) {
          const cost = opt.minimize(() => {
            const logits = batch.x.matMul(w1).add(b1).relu().matMul(w2).add(b2);
            return tf.losses.softmaxCrossEntropy(batch.y, logits);
          }, true);
          last = cost!.dataSync()[0]!;
          cost!.dispose();
        }
        return last;
      };
      state.free = () => {
        tf.dispose([w1, b1, w2, b2, ...batches.flatMap((b) => [b.x, b.y])]);
        opt.dispose();
      };
    },
    run() {
      state.loss = state.go!();
    },
    teardown() {
      state.free?.();
    },
  };
  return { contestant, result: () => state.loss };
}
