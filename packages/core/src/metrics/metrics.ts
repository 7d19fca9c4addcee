/** Metrics on plain arrays of outputs and targets (row-major, n rows). */
import { ShapeError } from '../errors.js';

function check(where: string, pred: Float64Array, target: Float64Array, n: number): number {
  if (!Number.isInteger(n) || n < 1 || pred.length !== target.length || pred.length % n !== 0) {
    throw new ShapeError(
      `${where}: predictions and targets must both hold n × columns values, got ${pred.length} and ${target.length} ` +
        `for n=${n}. Pass arrays of the same shape.`,
    );
  }
  return pred.length / n;
}

function classOf(values: Float64Array, row: number, d: number, threshold: number): number {
  if (d === 1) return values[row]! > threshold ? 1 : 0;
  let best = 0;
  for (let j = 1; j < d; j++) if (values[row * d + j]! > values[row * d + best]!) best = j;
  return best;
}

/**
 * Fraction of rows whose predicted class equals the target class: one column is class 1 above `threshold`
 * (0.5 for probabilities, 0 for logits); several columns compare argmaxes (one-hot targets). @default threshold 0.5
 */
export function accuracy(pred: Float64Array, target: Float64Array, n: number, threshold = 0.5): number {
  const d = check('accuracy', pred, target, n);
  let correct = 0;
  for (let i = 0; i < n; i++) if (classOf(pred, i, d, threshold) === classOf(target, i, d, 0.5)) correct++;
  return correct / n;
}

/** Coefficient of determination 1 − SS_res/SS_tot, pooled over columns (each column about its own mean); NaN when every target is equal. */
export function r2Score(pred: Float64Array, target: Float64Array, n: number): number {
  const d = check('r2Score', pred, target, n);
  let ssRes = 0;
  let ssTot = 0;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += target[i * d + j]!;
    mean /= n;
    for (let i = 0; i < n; i++) {
      ssRes += (target[i * d + j]! - pred[i * d + j]!) ** 2;
      ssTot += (target[i * d + j]! - mean) ** 2;
    }
  }
  return ssTot === 0 ? Number.NaN : 1 - ssRes / ssTot;
}
