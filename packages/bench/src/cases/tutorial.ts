/**
 * Case 1, the tutorial: 100 samples, full batch, 10,000 steps of gradient descent at lr 1e-4, loss every step, a
 * progress event every 100 epochs. The hand-derived neuron and its 1→1 dense-autodiff twin, both driven by core's
 * `train`, against a hand-written Float64Array loop and TensorFlow.js (cpu).
 */
import { createNeuronNetwork, Neuron, type Trainable, train, trainSync } from '@neuronlab/core';
import { type TutorialRun, tutorialHandLoop } from '../baselines/tutorial-loop.js';
import { celsiusSamples } from '../data.js';
import { type Contestant, measure } from '../measure.js';
import { tfjsTutorial } from '../peers/tfjs-tutorial.js';
import { type CaseResult, judge } from '../report.js';
import type { BenchSettings } from './settings.js';

const W0 = 0.5;
const B0 = 0.5;

/** Drains core's async `train` and returns the final parameters. */
async function viaTrain(model: Trainable, run: TutorialRun): Promise<number[]> {
  const data = celsiusSamples();
  for await (const e of train(
    model,
    { train: data },
    { epochs: run.steps, lr: run.lr, reportEvery: run.reportEvery },
  )) {
    if (e.type === 'error') throw new Error(`bench: tutorial run failed: ${e.message}`);
  }
  return model.params().map((p) => p.value[0]!);
}

/** The same through the synchronous stream, which never yields to the event loop. */
function viaTrainSync(model: Trainable, run: TutorialRun): number[] {
  const data = celsiusSamples();
  for (const e of trainSync(model, { train: data }, { epochs: run.steps, lr: run.lr, reportEvery: run.reportEvery })) {
    if (e.type === 'error') throw new Error(`bench: tutorial run failed: ${e.message}`);
  }
  return model.params().map((p) => p.value[0]!);
}

/** Runs case 1 and judges its goals. */
export async function tutorialCase(s: BenchSettings): Promise<CaseResult> {
  const run: TutorialRun = { steps: s.tutorialSteps, lr: 1e-4, w0: W0, b0: B0, reportEvery: 100 };
  const data = celsiusSamples();
  const finals: Record<string, number[]> = {};
  const core = (name: string, make: () => Trainable, sync: boolean): Contestant => ({
    name,
    async run() {
      finals[name] = sync ? viaTrainSync(make(), run) : await viaTrain(make(), run);
    },
  });
  const tf = tfjsTutorial('TensorFlow.js cpu', 'cpu', data, run);
  const contestants: Contestant[] = [
    {
      name: 'hand-written loop',
      run() {
        const r = tutorialHandLoop(data, run);
        finals['hand-written loop'] = [r.w, r.b];
      },
    },
    core('neuron, train', () => new Neuron(W0, B0), false),
    core('neuron, trainSync', () => new Neuron(W0, B0), true),
    core('1→1 dense autodiff, train', () => createNeuronNetwork(W0, B0), false),
    core('1→1 dense autodiff, trainSync', () => createNeuronNetwork(W0, B0), true),
    tf.contestant,
  ];
  const timings = await measure(contestants, { warmup: s.tutorialWarmup, reps: s.tutorialReps });
  const base = timings[0]!.medianMs;
  const t = (name: string) => timings.find((x) => x.name === name)!.medianMs;
  const tfMs = t('TensorFlow.js cpu');
  const tfFinal = tf.result();
  const rows = timings.map((x) => {
    const f = x.name === 'TensorFlow.js cpu' ? (tfFinal ? [tfFinal.w, tfFinal.b] : undefined) : finals[x.name];
    return {
      name: x.name,
      value: x.medianMs,
      ratio: x.medianMs / base,
      note: f ? `w=${f[0]!.toFixed(6)} b=${f[1]!.toFixed(6)}` : '',
    };
  });
  return {
    id: 'tutorial',
    title: '1. The tutorial: one neuron, 100 samples, full batch',
    setup: `${run.steps.toLocaleString('en-US')} gradient-descent steps at lr 1e-4 from w = b = 0.5, the loss computed every step, progress reported every 100 epochs. Time of the whole run (lower is better).`,
    unit: 'ms',
    baseline: 'hand-written loop',
    rows,
    goals: [
      judge('hand-derived neuron (through train) ≤ 1.5× the hand-written loop', t('neuron, train') / base, 1.5),
      judge(
        '1→1 dense autodiff twin (through train) ≤ 5× the hand-written loop',
        t('1→1 dense autodiff, train') / base,
        5,
      ),
      judge('neuron ≥ 50× faster than TensorFlow.js cpu', tfMs / t('neuron, train'), 50, true),
      judge('autodiff twin ≥ 50× faster than TensorFlow.js cpu', tfMs / t('1→1 dense autodiff, train'), 50, true),
    ],
    notes: [
      'All contestants compute the same run; the final w and b agree (TensorFlow.js works in float32, so it agrees to about 6 digits).',
      'train is the async stream the dashboard uses (it yields to the event loop about every 16 ms); trainSync is the same stream without yielding.',
    ],
  };
}
