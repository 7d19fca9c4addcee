/**
 * What a learner wants to know about the linear neuron on a dataset: where the best line is, how curved the loss is
 * around it, and how large a learning rate gradient descent can take before it blows up.
 */
import { ShapeError } from '../errors.js';
import type { Batch } from '../train/types.js';
import { meanSquaredError, neuronForward } from './neuron-math.js';

/** The least-squares line through a one-feature dataset and its mean squared error. */
export interface NeuronOptimum {
  /** Best weight. */
  readonly w: number;
  /** Best bias. */
  readonly b: number;
  /** MSE at (w, b): the lowest loss any neuron can reach on this data. */
  readonly loss: number;
}

/**
 * Closed-form least squares: w* = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², b* = ȳ − w*·x̄ (centered sums keep it accurate when
 * x is large). Throws a RangeError when every x is equal, because then no single best line exists.
 */
export function leastSquaresOptimum(batch: Batch): NeuronOptimum {
  const { x, y, n } = checked('leastSquaresOptimum', batch);
  const mx = sum(x, n) / n;
  const my = sum(y, n) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    sxy += dx * (y[i]! - my);
    sxx += dx * dx;
  }
  if (sxx === 0) {
    throw new RangeError(
      `leastSquaresOptimum: every x equals ${mx}, so any line through the mean fits equally well. Use data with at least two different x values.`,
    );
  }
  const w = sxy / sxx;
  const b = my - w * mx;
  return { w, b, loss: meanSquaredError(neuronForward(x, w, b, n), y, n) };
}

/** The Hessian of the MSE in (w, b), constant for a linear neuron: H = (2/N)·[[Σx², Σx], [Σx, N]]. */
export function neuronHessian(batch: Batch): [[number, number], [number, number]] {
  const { x, n } = checked('neuronHessian', batch);
  let sx = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i]!;
    sxx += x[i]! * x[i]!;
  }
  return [
    [(2 * sxx) / n, (2 * sx) / n],
    [(2 * sx) / n, 2],
  ];
}

/** The two eigenvalues of the neuron's Hessian: the curvature of the loss along its steepest and flattest direction. */
export interface HessianEigenvalues {
  /** λmax: the steepest direction, which limits the stable learning rate to 2/λmax. */
  readonly max: number;
  /** λmin: the flattest direction, which sets how slowly gradient descent crawls along the valley floor. */
  readonly min: number;
}

/**
 * Eigenvalues of the neuron's Hessian [[a, c], [c, d]] in closed form. Gradient descent multiplies the error along
 * each eigenvector by (1 − lr·λ) per step, so λmax bounds the learning rate and λmin sets the pace of the slowest part.
 */
export function neuronHessianEigenvalues(batch: Batch): HessianEigenvalues {
  const [[a, c], [, d]] = neuronHessian(batch);
  // sqrt, not Math.hypot: sqrt is correctly rounded everywhere while hypot may differ between engines, and
  // 2/λmax appears in events
  const half = (a - d) / 2;
  const max = (a + d) / 2 + Math.sqrt(half * half + c * c);
  // the product of the eigenvalues is the determinant: the small one this way, without cancellation
  return { max, min: (a * d - c * c) / max };
}

/**
 * Largest learning rate for which full-batch gradient descent on the neuron's MSE converges: 2/λmax(H).
 * Along the Hessian's steepest direction each step multiplies the error by (1 − lr·λmax), which shrinks only while
 * lr < 2/λmax. For the tutorial's data (x = −50..49) this is ≈ 1.2e-3.
 */
export function stableLearningRate(batch: Batch): number {
  return 2 / neuronHessianEigenvalues(batch).max;
}

function sum(v: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += v[i]!;
  return s;
}

function checked(where: string, batch: Batch): Batch {
  const { x, y, n } = batch;
  if (!Number.isInteger(n) || n < 1 || x.length !== n || y.length !== n) {
    throw new ShapeError(
      `${where}: expects one feature and one target per sample, got n=${n}, x length ${x.length}, y length ${y.length}.`,
    );
  }
  return batch;
}
