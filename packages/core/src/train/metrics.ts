import type { TaskKind } from '../dataset.js';
import { agreement, r2Score, toClasses } from '../metrics/metrics.js';
import type { MetricsReport } from './events.js';
import type { Batch, Trainable } from './types.js';

/**
 * Computes a task's metrics at the model's current parameters with the formulas of metrics/metrics.ts: r2 on the
 * training set for regression; accuracy (and testAccuracy with a test set) for classification. The target classes
 * are computed once, and regression predictions reuse one buffer, because this runs on every progress event.
 */
export class MetricsTracker {
  private readonly trainClasses: Int32Array | null;
  private readonly testClasses: Int32Array | null;
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
    this.trainOut = new Float64Array(regression && model.predictInto ? train.y.length : 0);
  }

  /** The metrics now; an empty object when r2 is undefined (every target equal). */
  compute(): MetricsReport {
    const { model, train } = this;
    if (this.trainClasses === null) {
      const out = model.predictInto
        ? model.predictInto(train.x, train.n, this.trainOut)
        : model.predict(train.x, train.n);
      const r2 = r2Score(out, train.y, train.n);
      return Number.isNaN(r2) ? {} : { r2 };
    }
    const accuracy = agreement(predictedClasses(model, train), this.trainClasses);
    if (this.test === null || this.testClasses === null) return { accuracy };
    return { accuracy, testAccuracy: agreement(predictedClasses(model, this.test), this.testClasses) };
  }
}

/**
 * The model's class per sample: `model.classify` when it has one (it knows whether its outputs are logits);
 * otherwise one output column is class 1 when > 0.5 and several columns take the largest.
 */
function predictedClasses(model: Trainable, batch: Batch): Int32Array {
  return model.classify ? model.classify(batch.x, batch.n) : toClasses(model.predict(batch.x, batch.n), batch.n);
}
