import { phrase } from '../check/phrase.js';
import { checkNumber, type NumberRule } from '../check/rules.js';
import type { Dataset, TaskKind } from '../dataset.js';
import { ShapeError } from '../errors.js';
import { TUTORIAL_DEFAULTS } from '../neuron/neuron.js';
import { createOptimizer } from '../optim/registry.js';
import type { LrSchedule } from '../optim/schedules.js';
import { CORE_PHRASES } from '../phrases.js';
import { SEED_RULE } from '../rng.js';
import type { Batch, Optimizer, Trainable } from './types.js';

/** The part of an AbortSignal the trainer reads; a real `AbortSignal` fits. */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

/** What to train on: a training set and an optional test set (a Dataset or any `{ x, y, n }`). */
export interface TrainData {
  readonly train: Dataset | Batch;
  readonly test?: Dataset | Batch;
}

/** Options of `train`, `trainSync` and `Trainer`. */
export interface TrainOptions {
  /** Number of passes over the training set. @default TUTORIAL_DEFAULTS.epochs (the tutorial's) */
  readonly epochs?: number;
  /** Base learning rate. @default TUTORIAL_DEFAULTS.lr (the tutorial's) */
  readonly lr?: number;
  /** A registered optimizer name or an Optimizer instance (reset before training). @default 'sgd' */
  readonly optimizer?: string | Optimizer;
  /** Samples per step, or 'full' for full-batch gradient descent in sample order. @default 'full' */
  readonly batchSize?: number | 'full';
  /** Seed of the Rng that shuffles minibatches each epoch (full batch does not shuffle). @default 0 */
  readonly seed?: number;
  /** Emit a progress event every this many epochs (and always after the last). @default 1 */
  readonly reportEvery?: number;
  /** Include values and grads in a ParamReport when the block has at most this many entries. @default 64 */
  readonly reportValuesUpTo?: number;
  /** Stop early with reason 'target-loss' once an epoch's loss is ≤ this. @default undefined (never) */
  readonly targetLoss?: number;
  /** Stops training at the next epoch boundary with reason 'aborted'. */
  readonly signal?: AbortSignalLike;
  /** Learning rate per epoch. @default constant `lr` */
  readonly schedule?: LrSchedule;
  /**
   * Largest stable learning rate quoted in divergence errors. @default the model's `stableLearningRate(train)`
   * when it has one and the optimizer is plain 'sgd', else null
   */
  readonly stableLimit?: number | null;
  /**
   * Put metrics (r2, accuracy) in a progress event when at least this many epochs passed since the last one that
   * had them; 0 never does. The done event and the last progress event always have them. Metrics cost a forward pass
   * over the data (more than a whole epoch of the tutorial's neuron), so by default a run computes them about 100
   * times. @default max(1, round(epochs / 100))
   */
  readonly metricsEvery?: number;
  /** The task, which decides the metrics. @default the train Dataset's task, or 'regression' for a plain batch */
  readonly task?: TaskKind;
}

/** Options after defaults and validation. */
export interface ResolvedOptions {
  readonly epochs: number;
  readonly lr: number;
  readonly optimizer: Optimizer;
  readonly batchSize: number;
  readonly fullBatch: boolean;
  readonly seed: number;
  readonly reportEvery: number;
  readonly reportValuesUpTo: number;
  readonly targetLoss: number | null;
  readonly signal: AbortSignalLike | null;
  readonly schedule: LrSchedule | null;
  readonly stableLimit: number | null;
  readonly metricsEvery: number;
  readonly task: TaskKind;
}

// What each numeric option must be; the trainer is the engine's own guard for callers that bypass any front end
const RULES = {
  epochs: { integer: true, min: 0, hint: phrase(CORE_PHRASES, 'wholeNumberSuchAs', TUTORIAL_DEFAULTS.epochs) },
  lr: { min: 0, minExclusive: true, hint: phrase(CORE_PHRASES, 'valueSuchAs', TUTORIAL_DEFAULTS.lr) },
  batchSize: { integer: true, min: 1, hint: phrase(CORE_PHRASES, 'samplesOrFull', 32) },
  reportEvery: { integer: true, min: 1, hint: phrase(CORE_PHRASES, 'epochsSuchAs', 10) },
  reportValuesUpTo: { integer: true, min: 0, hint: phrase(CORE_PHRASES, 'wholeNumberSuchAs', 64) },
  metricsEvery: { integer: true, min: 0, hint: phrase(CORE_PHRASES, 'epochsOrNone') },
} as const satisfies Record<string, NumberRule>;

/** Validates the data against the model and fills in every default; throws RangeError/TypeError/ShapeError. */
export function resolveOptions(model: Trainable, data: TrainData, o: TrainOptions): ResolvedOptions {
  checkData(model, data.train, 'data.train');
  if (data.test !== undefined) checkData(model, data.test, 'data.test');
  const n = data.train.n;
  const batchSize = o.batchSize === undefined || o.batchSize === 'full' ? n : o.batchSize;
  checkNumber('train: batchSize', batchSize, RULES.batchSize);
  const optimizer = typeof o.optimizer === 'object' ? o.optimizer : createOptimizer(o.optimizer ?? 'sgd');
  const resolved: Omit<ResolvedOptions, 'metricsEvery'> = {
    epochs: checkNumber('train: epochs', o.epochs ?? TUTORIAL_DEFAULTS.epochs, RULES.epochs),
    lr: checkNumber('train: lr', o.lr ?? TUTORIAL_DEFAULTS.lr, RULES.lr),
    optimizer,
    batchSize: Math.min(batchSize, n),
    fullBatch: batchSize >= n,
    seed: checkNumber('train: seed', o.seed ?? 0, SEED_RULE),
    reportEvery: checkNumber('train: reportEvery', o.reportEvery ?? 1, RULES.reportEvery),
    reportValuesUpTo: checkNumber('train: reportValuesUpTo', o.reportValuesUpTo ?? 64, RULES.reportValuesUpTo),
    targetLoss: o.targetLoss === undefined ? null : checkNumber('train: targetLoss', o.targetLoss, {}),
    signal: o.signal ?? null,
    schedule: o.schedule ?? null,
    stableLimit: o.stableLimit !== undefined ? o.stableLimit : defaultStableLimit(model, data.train, optimizer),
    task: o.task ?? ('task' in data.train ? data.train.task : 'regression'),
  };
  const metricsEvery = o.metricsEvery ?? Math.max(1, Math.round(resolved.epochs / 100));
  checkNumber('train: metricsEvery', metricsEvery, RULES.metricsEvery);
  return { ...resolved, metricsEvery };
}

function defaultStableLimit(model: Trainable, train: Batch, optimizer: Optimizer): number | null {
  // 2/λmax bounds plain gradient descent only; momentum and adaptive methods have other limits
  if (optimizer.name !== 'sgd' || model.stableLearningRate === undefined) return null;
  const limit = model.stableLearningRate(train);
  return Number.isFinite(limit) ? limit : null;
}

function checkData(model: Trainable, d: Batch, where: string): void {
  if (typeof d !== 'object' || d === null || !(d.x instanceof Float64Array) || !(d.y instanceof Float64Array)) {
    throw new TypeError(`train: ${where} must have Float64Array x and y and a count n, got ${typeof d}.`);
  }
  checkNumber(`train: ${where}.n`, d.n, { integer: true, min: 1, hint: phrase(CORE_PHRASES, 'atLeastOneSample') });
  if (d.x.length !== d.n * model.inputDim || d.y.length !== d.n * model.outputDim) {
    throw new ShapeError(
      `train: ${where} must be ${d.n}×${model.inputDim} inputs and ${d.n}×${model.outputDim} targets for this ${model.kind}, got x length ${d.x.length} and y length ${d.y.length}.`,
    );
  }
}
