/**
 * The playground's training thread: it owns the only live model, trains in slices the page asks for and answers
 * each with a snapshot of the network, so the page draws while training goes on here.
 */

import type { ModelFile } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';
import { expose, transfer } from 'comlink';
import { type NetworkSnapshot, PlaygroundRun, type Steering } from './playground-run';

let run: PlaygroundRun | null = null;
let grid: Float64Array = new Float64Array(0);

/** Every buffer of a snapshot, handed over instead of copied. */
function buffers(s: NetworkSnapshot): ArrayBuffer[] {
  const arrays = s.layers.flatMap((l) => [
    l.grid,
    l.z,
    l.a,
    l.weight,
    l.bias,
    l.weightGrad,
    l.biasGrad,
    l.weightDelta,
    l.biasDelta,
  ]);
  return [s.inputs, ...arrays].map((a) => a.buffer as ArrayBuffer);
}

function current(): PlaygroundRun {
  if (run === null) throw new Error('playground worker: no run yet. Call start(plan, grid) first.');
  return run;
}

/** What the page calls on the worker (through comlink). */
const api = {
  /** Starts a run from a plan (made on the page by planRun) and sets the grid the heatmaps are computed on. */
  start(plan: RunPlan, cells: Float64Array): void {
    run = new PlaygroundRun(plan);
    grid = cells;
  },
  /** Runs up to `epochs` epochs within `budgetMs`, then answers with the network as it is, seen at `point`. */
  advance(epochs: number, budgetMs: number, point: Float64Array): NetworkSnapshot {
    const r = current();
    if (epochs > 0) r.step(epochs, budgetMs);
    const snap = r.snapshot(grid, point);
    return transfer(snap, buffers(snap));
  },
  /** The model as it is now, as a neuronlab model file (for the download buttons). */
  modelFile(): ModelFile {
    return current().modelFile();
  },
  /** Changes the learning rate, penalty or batch size of the run in progress. */
  steer(s: Steering): void {
    current().steer(s);
  },
};

/** The worker's interface, for `wrap<PlaygroundWorker>` on the page. */
export type PlaygroundWorker = typeof api;

expose(api);
