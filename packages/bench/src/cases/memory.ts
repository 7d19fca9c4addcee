/**
 * Case 5, memory: the small network of case 2 trained by core for 100,000 optimizer steps. The heap left after a full
 * garbage collection is recorded at checkpoints, along with the highest heap seen between them; after warm-up both
 * must stay flat (the graph and every per-step buffer are freed).
 */
import { trainSync } from '@neuronlab/core';
import { smallNetInit } from '../baselines/small-net.js';
import { spiralSamples } from '../data.js';
import { collectGarbage } from '../measure.js';
import { type CaseResult, type Goal, judge, type Row } from '../report.js';
import type { BenchSettings } from './settings.js';
import { coreSmallNet, SMALL_NET_SIZES } from './small-net.js';

const MB = 1024 * 1024;
/** Retained heap may wander by this much after warm-up (V8 bookkeeping, inline caches) without counting as growth. */
const FLAT_MB = 1;

/** Runs case 5. */
export async function memoryCase(s: BenchSettings): Promise<CaseResult> {
  const data = spiralSamples(1000, 7);
  const batchSize = 32;
  const stepsPerEpoch = Math.ceil(data.n / batchSize);
  const epochs = Math.ceil(s.memorySteps / stepsPerEpoch);
  // the heap is sampled 20 times per checkpoint interval; checkpoints fall on sampled epochs
  const sampleEvery = Math.max(1, Math.floor(epochs / (s.memoryCheckpoints * 20)));
  const checkpointEvery = sampleEvery * 20;
  const model = coreSmallNet(smallNetInit(SMALL_NET_SIZES, 3), 1);
  const options = {
    epochs,
    lr: 0.01,
    optimizer: 'adam',
    batchSize,
    seed: 11,
    reportEvery: sampleEvery,
    metricsEvery: 0,
  };
  const rows: Row[] = [];
  const peaks: number[] = [];
  let peak = 0;
  collectGarbage();
  for (const e of trainSync(model, { train: data }, options)) {
    if (e.type !== 'progress') continue;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (e.epoch % checkpointEvery !== 0 && e.epoch !== epochs) continue;
    collectGarbage();
    const retained = process.memoryUsage().heapUsed / MB;
    rows.push({
      name: `step ${e.step.toLocaleString('en-US')}`,
      value: retained,
      ratio: null,
      note: `peak since last checkpoint ${(peak / MB).toFixed(2)} MB`,
    });
    peaks.push(peak / MB);
    peak = 0;
  }
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const growth = last.value - first.value;
  // peaks[0] spans the warm-up itself (from the start to the first checkpoint); the interval after it is the first
  // of the steady run, the reference for every later one
  const steady = peaks.slice(1);
  const later = Math.max(...steady.slice(1));
  const peakGrowth = later - steady[0]!;
  const peakRatio = later / steady[0]!;
  const goal: Goal = {
    text: `heap after GC grows by at most ${FLAT_MB} MB from the first checkpoint (warm-up) to the last`,
    status: growth <= FLAT_MB ? 'met' : 'MISSED',
    detail: `${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB after GC; highest later peak ${peakGrowth >= 0 ? '+' : ''}${peakGrowth.toFixed(2)} MB vs the first interval after warm-up`,
  };
  return {
    id: 'memory',
    title: `5. Memory: ${(epochs * stepsPerEpoch).toLocaleString('en-US')} steps of the small network`,
    setup: `Case 2's network trained by neuronlab (trainSync, Adam, minibatches of 32) for ${epochs.toLocaleString('en-US')} epochs. Heap in use after a full GC at each checkpoint, and the highest heap seen since the previous one (MB).`,
    unit: 'MB',
    baseline: 'first checkpoint',
    rows: rows.map((r) => ({ ...r, ratio: r.value / first.value })),
    goals: [
      goal,
      judge(
        'the highest heap of every interval after warm-up stays within 1.10× that of the first such interval',
        peakRatio,
        1.1,
        false,
        'The peak includes garbage not yet collected; retained memory (above) is what a leak would raise.',
      ),
    ],
    notes: [
      'The first checkpoint comes after warm-up: the JIT has compiled the hot paths and the trainer holds its reused buffers.',
      "The case runs in a Node process with a fixed young generation (--min-semi-space-size and --max-semi-space-size of 8 MB), so every interval's peak has the same room for garbage not yet collected.",
    ],
  };
}
