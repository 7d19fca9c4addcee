/**
 * The tutorial's run on core's three readable functions (neuronForward → meanSquaredError → neuronBackward) in a
 * bare loop: no trainer, no model object, no events, the same bookkeeping as the hand-written loop. It measures what
 * the readable math itself costs against the one fused pass of tutorial-loop.ts, so the case can tell that cost apart
 * from the trainer's.
 */
import { meanSquaredError, type NeuronGradients, neuronBackward, neuronForward } from '@neuronlab/core';
import type { Samples } from '../data.js';
import type { TutorialResult, TutorialRun } from './tutorial-loop.js';

/** Trains the neuron with core's forward, MSE and backward functions, one pass each per step. */
export function tutorialPasses(data: Samples, run: TutorialRun): TutorialResult {
  const { x, y, n } = data;
  let w = run.w0;
  let b = run.b0;
  const out = new Float64Array(n);
  const grads: NeuronGradients = { dw: 0, db: 0 };
  const losses = new Float64Array(run.steps);
  const reports: TutorialResult['reports'] = [];
  for (let step = 0; step < run.steps; step++) {
    neuronForward(x, w, b, n, out);
    losses[step] = meanSquaredError(out, y, n);
    neuronBackward(x, y, out, n, 'correct', grads);
    w -= run.lr * grads.dw;
    b -= run.lr * grads.db;
    if ((step + 1) % run.reportEvery === 0) {
      reports.push({ epoch: step + 1, loss: meanSquaredError(neuronForward(x, w, b, n, out), y, n), w, b });
    }
  }
  return { w, b, losses, reports };
}
