/** The neuron's side of a traced step: the tutorial's three functions, with every intermediate number kept. */
import type { Neuron } from '../neuron/neuron.js';
import { meanSquaredError, neuronBackward, neuronForward, outputGradient } from '../neuron/neuron-math.js';
import type { Batch } from '../train/types.js';
import type { NeuronStep, OptimizerStep, StepPlace } from './step-trace.js';

/**
 * Runs neuronForward → meanSquaredError → neuronBackward on the batch at the neuron's current w and b (what its
 * `lossAndGrad` is about to do), keeps every number, and returns a function that completes the record with the
 * optimizer's update once it happened.
 */
export function recordNeuronStep(
  neuron: Neuron,
  batch: Batch,
): (place: StepPlace, update: OptimizerStep) => NeuronStep {
  const { w, b, gradient } = neuron;
  const n = batch.n;
  const x = Array.from(batch.x.subarray(0, n));
  const y = Array.from(batch.y.subarray(0, n));
  const outs = neuronForward(batch.x, w, b, n);
  const loss = meanSquaredError(outs, batch.y, n);
  const { dw, db } = neuronBackward(batch.x, batch.y, outs, n, gradient);
  const dwCorrect = gradient === 'correct' ? dw : neuronBackward(batch.x, batch.y, outs, n, 'correct').dw;
  const out = Array.from(outs);
  const dOut = out.map((o, i) => outputGradient(o, y[i]!, n));
  // the terms neuronBackward sums: ∂L/∂outᵢ times the input (the output, with the tutorial's mistake)
  const dwTerms = dOut.map((d, i) => d * (gradient === 'tutorial-mistake' ? out[i]! : x[i]!));
  const error = out.map((o, i) => o - y[i]!);
  return (place, optimizer) => ({
    kind: 'neuron',
    ...place,
    gradient,
    w,
    b,
    x,
    y,
    out,
    error,
    loss,
    dOut,
    dwTerms,
    dw,
    db,
    dwCorrect,
    optimizer,
  });
}
