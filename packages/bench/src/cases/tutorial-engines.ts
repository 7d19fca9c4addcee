/**
 * The engine rows of case 1, timed in one process: the hand-written loop and core's neuron and 1→1 autodiff twin
 * through `train` and `trainSync`, interleaved round by round. tutorial.ts runs this in several fresh processes.
 */
import { Neuron, type Trainable, type TrainData, train, trainSync } from '@neuronlab/core';
import { createNeuronNetwork } from '@neuronlab/core/nn';
import { type TutorialRun, tutorialHandLoop } from '../baselines/tutorial-loop.js';
import { tutorialPasses } from '../baselines/tutorial-passes.js';
import { celsiusSamples } from '../data.js';
import { type Contestant, measure } from '../measure.js';

/** Starting parameters of every contestant. */
export const W0 = 0.5;
export const B0 = 0.5;

/** Row names, used by tutorial.ts to find the rows its goals compare. */
export const ENGINE = {
  hand: 'hand-written loop',
  passes: 'forward → MSE → backward, bare loop',
  neuron: 'neuron, train',
  neuronSync: 'neuron, trainSync',
  everyEpoch: 'neuron, train, every epoch',
  everyEpochSync: 'neuron, trainSync, every epoch',
  twin: '1→1 dense autodiff, train',
  twinSync: '1→1 dense autodiff, trainSync',
} as const;

/** What one process measured for one contestant. */
export interface EngineTiming {
  readonly name: string;
  /** Median milliseconds of one whole run. */
  readonly ms: number;
  /** Final w and b, to check that every contestant computed the same run. */
  readonly final: readonly number[];
}

/**
 * Which model one process trains. The neuron and its twin are timed in separate processes: trained in one process,
 * they share the trainer's type feedback, and V8 then compiles the neuron's loop for two kinds of model. An app
 * trains one model at a time; one process per model is the fairer picture of each. The bare loop of the neuron's
 * three functions gets processes of its own too, so its calls do not feed the type feedback the trainer's use.
 */
export type EngineFamily = 'neuron' | 'twin' | 'passes';

/** Sizes of one process's measurement. */
export interface EngineSettings {
  readonly family: EngineFamily;
  readonly steps: number;
  readonly warmup: number;
  readonly reps: number;
}

/**
 * The stream of each contestant's last run, kept alive between runs as an app keeps its trainer: otherwise a major
 * GC between runs can free the hidden classes V8 optimized the trainer for, and the next run re-optimizes.
 */
const lastStreams = new Map<string, unknown>();

/** Drains core's async `train` and returns the final parameters. */
async function viaTrain(name: string, model: Trainable, data: TrainData, run: TutorialRun): Promise<number[]> {
  const stream = train(model, data, options(run));
  lastStreams.set(name, stream);
  for await (const e of stream) {
    if (e.type === 'error') throw new Error(`bench: tutorial run failed: ${e.message}`);
  }
  return model.params().map((p) => p.value[0]!);
}

/** The same through the synchronous stream, which never yields to the event loop. */
function viaTrainSync(name: string, model: Trainable, data: TrainData, run: TutorialRun): number[] {
  const stream = trainSync(model, data, options(run));
  lastStreams.set(name, stream);
  for (const e of stream) {
    if (e.type === 'error') throw new Error(`bench: tutorial run failed: ${e.message}`);
  }
  return model.params().map((p) => p.value[0]!);
}

const options = (run: TutorialRun) => ({ epochs: run.steps, lr: run.lr, reportEvery: run.reportEvery });

/** Times the hand-written loop and the rows of `s.family` in this process, interleaved round by round. */
export async function measureEngines(s: EngineSettings): Promise<EngineTiming[]> {
  const run: TutorialRun = { steps: s.steps, lr: 1e-4, w0: W0, b0: B0, reportEvery: 100 };
  const data = celsiusSamples();
  // made once, like the hand-written loop's samples: an app builds its data before it trains
  const trainData: TrainData = { train: data };
  const finals: Record<string, readonly number[]> = {};
  const core = (name: string, make: () => Trainable, sync: boolean, reportEvery = run.reportEvery): Contestant => ({
    name,
    async run() {
      const r = { ...run, reportEvery };
      finals[name] = sync ? viaTrainSync(name, make(), trainData, r) : await viaTrain(name, make(), trainData, r);
    },
  });
  const families: Record<EngineFamily, Contestant[]> = {
    neuron: [
      core(ENGINE.neuron, () => new Neuron(W0, B0), false),
      core(ENGINE.neuronSync, () => new Neuron(W0, B0), true),
      core(ENGINE.everyEpoch, () => new Neuron(W0, B0), false, 1),
      core(ENGINE.everyEpochSync, () => new Neuron(W0, B0), true, 1),
    ],
    twin: [
      core(ENGINE.twin, () => createNeuronNetwork(W0, B0), false),
      core(ENGINE.twinSync, () => createNeuronNetwork(W0, B0), true),
    ],
    passes: [
      {
        name: ENGINE.passes,
        run() {
          const r = tutorialPasses(data, run);
          finals[ENGINE.passes] = [r.w, r.b];
        },
      },
    ],
  };
  const contestants: Contestant[] = [
    {
      name: ENGINE.hand,
      run() {
        const r = tutorialHandLoop(data, run);
        finals[ENGINE.hand] = [r.w, r.b];
      },
    },
    ...families[s.family],
  ];
  const timings = await measure(contestants, { warmup: s.warmup, reps: s.reps, collect: false });
  lastStreams.clear();
  return timings.map((t) => ({ name: t.name, ms: t.medianMs, final: finals[t.name] ?? [] }));
}
