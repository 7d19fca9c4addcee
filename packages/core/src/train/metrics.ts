import type { TaskKind } from '../dataset.js';
import { toClasses } from '../metrics/metrics.js';
import type { MetricsReport } from './events.js';
import type { Batch, Trainable } from './types.js';

/**
 * Computes a task's metrics at the model's current parameters: r2 on the training set for regression; accuracy
 * (and testAccuracy with a test set) for classification. What does not change during training (target means and
 * spread, target classes) is computed once, because this runs on every progress event.
 */
export class MetricsTracker {
  private readonly trainClasses: Int32Array | null;
  private readonly testClasses: Int32Array | null;
  private readonly targetMeans: Float64Array;
  private readonly ssTot: number;
  // reused by models that can predict into a buffer
  private readonly trainOut: Float64Array;

  constructor(
    private readonly model: Trainable,
    task: TaskKind,
    private readonly train: Batch,
    private readonly test: Batch | null,
  ) {
    const regression = task === 'regression';
    this.trainClasses = regression ? null : toClasses(train.y, train.n);
    this.testClasses = regression || test === null ? null : toClasses(test.y, test.n);
    this.targetMeans = columnMeans(train.y, train.n);
    this.ssTot = sumSquaredDeviation(train.y, train.n, this.targetMeans);
    this.trainOut = new Float64Array(regression && model.predictInto ? train.y.length : 0);
  }

  /** The metrics now; an empty object when r2 is undefined (every target equal). */
  compute(): MetricsReport {
    if (this.trainClasses === null) {
      if (this.ssTot === 0) return {};
      const { model, train } = this;
      const out = model.predictInto
        ? model.predictInto(train.x, train.n, this.trainOut)
        : model.predict(train.x, train.n);
      const y = this.train.y;
      let ssRes = 0;
      // e * e rather than e ** 2: exponentiation may round differently between engines, and r2 appears in events
      for (let i = 0; i < y.length; i++) {
        const e = y[i]! - out[i]!;
        ssRes += e * e;
      }
      return { r2: 1 - ssRes / this.ssTot };
    }
    const accuracy = agreement(this.model, this.train, this.trainClasses);
    if (this.test === null || this.testClasses === null) return { accuracy };
    return { accuracy, testAccuracy: agreement(this.model, this.test, this.testClasses) };
  }
}

/** Coefficient of determination 1 − SS_res/SS_tot, pooled over output columns (NaN when every target is equal). */
export function rSquared(model: Trainable, batch: Batch): number {
  const r2 = new MetricsTracker(model, 'regression', batch, null).compute().r2;
  return r2 ?? Number.NaN;
}

/**
 * Fraction of samples whose predicted class equals the target class. Predictions come from `model.classify` when
 * the model has it; otherwise one output column is class 1 when > 0.5 and several columns take the largest.
 * Targets are read the same way: a 0/1 column, or one-hot.
 */
export function classAccuracy(model: Trainable, batch: Batch): number {
  return agreement(model, batch, toClasses(batch.y, batch.n));
}

function agreement(model: Trainable, batch: Batch, actual: Int32Array): number {
  const predicted = model.classify
    ? model.classify(batch.x, batch.n)
    : toClasses(model.predict(batch.x, batch.n), batch.n);
  let correct = 0;
  for (let i = 0; i < batch.n; i++) if (predicted[i] === actual[i]) correct++;
  return correct / batch.n;
}

function columnMeans(y: Float64Array, n: number): Float64Array {
  const d = y.length / n;
  const means = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) means[j]! += y[i * d + j]!;
  for (let j = 0; j < d; j++) means[j]! /= n;
  return means;
}

function sumSquaredDeviation(y: Float64Array, n: number, means: Float64Array): number {
  const d = means.length;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const e = y[i * d + j]! - means[j]!;
      ss += e * e;
    }
  }
  return ss;
}
