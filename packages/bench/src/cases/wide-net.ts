/**
 * Case 3, a wide network: 784-128 relu-10 softmax cross-entropy, minibatches of 64 taken in order, 6,400 random
 * samples, plain SGD, one epoch. Here the matmul kernel decides the speed.
 */

import { Rng, trainSync } from '@neuronlab/core';
import { createOptimizer, createSequential, NetworkModel } from '@neuronlab/core/nn';
import { randomImageSamples, type Samples } from '../data.js';
import { type Contestant, measure } from '../measure.js';
import { tfjsWideNet, type WideNetRun } from '../peers/tfjs-wide-net.js';
import { type CaseResult, judge, type Row } from '../report.js';
import type { BenchSettings } from './settings.js';

const INPUT = 784;
const HIDDEN = 128;
const CLASSES = 10;

/**
 * Floating-point operations per training sample: forward (2·(784·128 + 128·10)), the weight gradients (the same
 * again), and the gradient into the hidden layer (2·128·10). The input gradient is not needed and nobody computes it.
 */
const WIDE_FLOPS_PER_SAMPLE = 4 * (INPUT * HIDDEN + HIDDEN * CLASSES) + 2 * HIDDEN * CLASSES;

function glorot(rng: Rng, nin: number, nout: number): Float64Array {
  const limit = Math.sqrt(6 / (nin + nout));
  return Float64Array.from({ length: nin * nout }, () => rng.uniform(-limit, limit));
}

/** The core model with the case's initial weights. */
export function coreWideNet(run: WideNetRun): NetworkModel {
  const network = createSequential({
    inputDim: INPUT,
    layers: [
      { units: HIDDEN, activation: 'relu' },
      { units: CLASSES, activation: 'softmax' },
    ],
    seed: 1,
  });
  const model = new NetworkModel(network, 'softmax-cross-entropy');
  const [w1, b1, w2, b2] = model.params();
  w1!.value.set(run.w1);
  b1!.value.fill(0);
  w2!.value.set(run.w2);
  b2!.value.fill(0);
  return model;
}

/** One epoch in order with the engine's own pieces (lossAndGrad, then the registry's sgd step): no reporting. */
export function coreWideEpoch(model: NetworkModel, data: Samples, run: WideNetRun): number {
  const sgd = createOptimizer('sgd');
  const params = model.params();
  let loss = Number.NaN;
  for (let start = 0; start < data.n; start += run.batchSize) {
    const nb = Math.min(run.batchSize, data.n - start);
    const x = data.x.subarray(start * INPUT, (start + nb) * INPUT);
    const y = data.y.subarray(start * CLASSES, (start + nb) * CLASSES);
    loss = model.lossAndGrad({ x, y, n: nb });
    sgd.step(params, run.lr);
  }
  return loss;
}

/** Runs case 3 and judges its goal. */
export async function wideNetCase(s: BenchSettings): Promise<CaseResult> {
  const data = randomImageSamples(s.wideSamples, INPUT, CLASSES, 5);
  const rng = new Rng(9);
  const run: WideNetRun = {
    hidden: HIDDEN,
    batchSize: 64,
    lr: 0.01,
    w1: glorot(rng, INPUT, HIDDEN),
    w2: glorot(rng, HIDDEN, CLASSES),
  };
  const loop: Contestant = {
    name: 'neuronlab, lossAndGrad + sgd loop',
    run: () => coreWideEpoch(coreWideNet(run), data, run),
  };
  const viaTrain: Contestant = {
    name: 'neuronlab, trainSync',
    run() {
      const options = { epochs: 1, lr: run.lr, optimizer: 'sgd', batchSize: run.batchSize, metricsEvery: 0 };
      for (const e of trainSync(coreWideNet(run), { train: data }, options)) {
        if (e.type === 'error') throw new Error(`bench: wide network failed: ${e.message}`);
      }
    },
  };
  const tfWasm = tfjsWideNet('TensorFlow.js wasm (SIMD)', 'wasm', data, run);
  const tfCpu = tfjsWideNet('TensorFlow.js cpu', 'cpu', data, run);
  const timings = await measure([tfWasm.contestant, loop, viaTrain, tfCpu.contestant], {
    warmup: s.warmup,
    reps: s.wideReps,
  });
  const rate = (ms: number) => data.n / (ms / 1000);
  const base = rate(timings[0]!.medianMs);
  const rows: Row[] = timings.map((t) => ({
    name: t.name,
    value: rate(t.medianMs),
    ratio: rate(t.medianMs) / base,
    note: `${((rate(t.medianMs) * WIDE_FLOPS_PER_SAMPLE) / 1e9).toFixed(2)} GFLOP/s`,
  }));
  return {
    id: 'wide-net',
    title: '3. A wide network: 784-128-10',
    setup: `relu hidden layer, softmax cross-entropy, SGD, minibatches of 64 in order, ${data.n.toLocaleString('en-US')} random samples, one epoch. Training samples per second (higher is better); GFLOP/s counts ${WIDE_FLOPS_PER_SAMPLE.toLocaleString('en-US')} operations per sample for everyone.`,
    unit: 'samples/s',
    baseline: 'TensorFlow.js wasm (SIMD)',
    rows,
    goals: [
      judge(
        'neuronlab (engine loop) ≥ 3× TensorFlow.js wasm throughput',
        rows[1]!.value / base,
        3,
        true,
        'Float64 halves the numbers per SIMD instruction compared with TensorFlow.js float32, and operands are copied into the kernel each product.',
      ),
      judge(
        'neuronlab through trainSync ≥ TensorFlow.js wasm throughput',
        rows[2]!.value / base,
        1,
        true,
        'Over a single epoch, train also evaluates the whole training set before the first step and computes metrics at the end.',
      ),
    ],
    notes: [
      'neuronlab computes in float64 with its WebAssembly SIMD matmul kernel (two multiply-adds per instruction); TensorFlow.js wasm computes in float32 with XNNPACK (four per instruction).',
      'trainSync also evaluates the loss over the whole training set once before the first step (the start event), which the loop and TensorFlow.js do not.',
    ],
  };
}
