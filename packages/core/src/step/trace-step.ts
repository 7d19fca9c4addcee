/**
 * `traceStep`: one training step of a model, taken by the one Trainer exactly as `train` takes it, and written down.
 *
 * The trainer runs `at` epochs and then the next epoch's batches; the model and the optimizer it drives are thin
 * wrappers that pass every call through to the real ones and, on the chosen step (the last batch of epoch `at + 1`),
 * also record what happened. So the minibatch order, the rng, the scheduled rate and the update are the trainer's own,
 * and the step's new parameters are the ones `train` has after `at + 1` epochs.
 */

import { phrase } from '../check/phrase.js';
import { checkNumber } from '../check/rules.js';
import { Neuron } from '../neuron/neuron.js';
import { NetworkModel } from '../nn/network-model.js';
import { createOptimizer } from '../optim/registry.js';
import { CORE_PHRASES } from '../phrases.js';
import type { TrainData, TrainOptions } from '../train/options.js';
import { Trainer } from '../train/trainer.js';
import type { Batch, Optimizer, Trainable } from '../train/types.js';
import { recordNetworkStep } from './network-step.js';
import { recordNeuronStep } from './neuron-step.js';
import type { OptimizerStep, StepPlace, StepTrace } from './step-trace.js';
import { recordUpdate } from './update-step.js';

/** Options of `traceStep`: the training options of the run, plus which step to spell out. */
export interface TraceStepOptions extends TrainOptions {
  /** Epochs trained before the step; the step is the last batch of the next epoch. @default 0 */
  readonly at?: number;
  /** The row of the step's batch to follow through a network (the neuron shows every row). @default 0 */
  readonly sample?: number;
}

/**
 * Trains `model` (in place) for `at` epochs and the batches of the next epoch, exactly as `train` with `options`
 * would (then stops), and returns the last of those steps spelled out: forward values, the loss, the gradients and the update.
 * Afterwards the model holds the parameters `train` reaches after `at + 1` epochs. The model must be a `Neuron` or a
 * `NetworkModel`; `options.epochs` must leave room for the step (at < epochs).
 */
export function traceStep(model: Trainable, data: TrainData, options: TraceStepOptions = {}): StepTrace {
  if (!(model instanceof Neuron) && !(model instanceof NetworkModel)) {
    throw new TypeError(`traceStep: model must be a Neuron or a NetworkModel, got kind '${model.kind}'.`);
  }
  const { at = 0, sample = 0, ...trainOptions } = options;
  const epochs = trainOptions.epochs ?? at + 1;
  checkNumber('traceStep: at', at, {
    integer: true,
    min: 0,
    max: epochs - 1,
    hint: phrase(CORE_PHRASES, 'epochBeforeLast'),
  });
  const optimizer = wrapOptimizer(
    typeof trainOptions.optimizer === 'object'
      ? trainOptions.optimizer
      : createOptimizer(trainOptions.optimizer ?? 'sgd'),
  );
  const taps = tapModel(model, optimizer);
  // the run's own epoch count, so a schedule sees what it sees under train; no events on the way and no metrics,
  // since the step does not depend on them
  const trainer = new Trainer(taps.model, data, {
    ...trainOptions,
    epochs,
    optimizer: optimizer.wrapper,
    reportEvery: epochs,
    metricsEvery: 0,
  });
  const batches = Math.ceil(data.train.n / trainer.options.batchSize);
  const size = batches === 1 ? data.train.n : data.train.n - (batches - 1) * trainer.options.batchSize;
  checkNumber('traceStep: sample', sample, {
    integer: true,
    min: 0,
    max: size - 1,
    hint: phrase(CORE_PHRASES, 'rowOfBatch'),
  });
  taps.arm(at * batches + batches - 1, (batch) => ({
    epoch: at,
    batch: batches - 1,
    batches,
    batchSize: batch.n,
    stepsBefore: at * batches + batches - 1,
    lr: Number.NaN, // filled in when the optimizer is called
    sample,
  }));
  let stopped = '';
  while (taps.result() === null && !trainer.finished) {
    for (const event of trainer.runEpoch()) {
      if (event.type === 'error') stopped = event.message;
      if (event.type === 'done') stopped = `training stopped early (${event.reason})`;
    }
  }
  const trace = taps.result();
  if (trace === null) {
    throw new RangeError(`traceStep: the run ended before epoch ${at + 1}, got: ${stopped}. Pick an earlier epoch.`);
  }
  return trace;
}

interface WrappedOptimizer {
  readonly wrapper: Optimizer;
  /** The next `step` call also records its update. */
  record(done: (lr: number, update: OptimizerStep) => void): void;
}

function wrapOptimizer(inner: Optimizer): WrappedOptimizer {
  let pending: ((lr: number, update: OptimizerStep) => void) | null = null;
  const wrapper: Optimizer = {
    name: inner.name,
    step(params, lr) {
      if (pending === null) return inner.step(params, lr);
      const done = pending;
      pending = null;
      done(lr, recordUpdate(inner, params, lr));
    },
    reset: () => inner.reset(),
  };
  return {
    wrapper,
    record(done) {
      pending = done;
    },
  };
}

interface ModelTaps {
  readonly model: Trainable;
  /** Records the call of `lossAndGrad` with this 0-based index (counting every step of the run). */
  arm(step: number, place: (batch: Batch) => StepPlace): void;
  result(): StepTrace | null;
}

/** A Trainable that is `model` in every call, and on the armed step also writes the step down. */
function tapModel(model: Neuron | NetworkModel, optimizer: WrappedOptimizer): ModelTaps {
  let calls = 0;
  let armed = -1;
  let makePlace: ((batch: Batch) => StepPlace) | null = null;
  let trace: StepTrace | null = null;
  const tapped: Trainable = {
    kind: model.kind,
    inputDim: model.inputDim,
    outputDim: model.outputDim,
    params: () => model.params(),
    lossAndGrad(batch) {
      if (calls++ !== armed || makePlace === null) return model.lossAndGrad(batch);
      const place = makePlace(batch);
      const record =
        model instanceof Neuron ? recordNeuronStep(model, batch) : recordNetworkStep(model, batch, place.sample);
      // the step itself: the real lossAndGrad, whose gradients the optimizer is about to use
      const loss = model.lossAndGrad(batch);
      optimizer.record((lr, update) => {
        trace = record({ ...place, lr }, update);
      });
      return loss;
    },
    evaluate: (batch) => model.evaluate(batch),
    predict: (x, n) => model.predict(x, n),
  };
  // the optional methods exactly when the model has them, so the trainer's metrics and limits take the same paths
  if (model instanceof NetworkModel) tapped.classify = (x, n) => model.classify(x, n);
  else {
    tapped.predictInto = (x, n, out) => model.predictInto(x, n, out);
    tapped.stableLearningRate = (batch) => model.stableLearningRate(batch);
  }
  return {
    model: tapped,
    arm(step, place) {
      armed = step;
      makePlace = place;
    },
    result: () => trace,
  };
}
