import { type Batch, createNeuron, type HessianEigenvalues } from '@neuronlab/core';
import { applyNormalizer, fitStandardize } from '@neuronlab/data';

/** A rectangle of (w, b) values. */
export interface ParamBox {
  readonly w: readonly [number, number];
  readonly b: readonly [number, number];
}

/** The MSE sampled on an nx × ny grid over a box; values are row-major with b varying by row, as d3-contour wants. */
export interface LossGrid {
  readonly nx: number;
  readonly ny: number;
  readonly values: Float64Array;
  readonly min: number;
  readonly max: number;
}

/** Evaluates the engine's neuron at every grid point (cell centres), leaving no state behind. */
export function lossGrid(batch: Batch, box: ParamBox, nx = 64, ny = 64): LossGrid {
  const neuron = createNeuron({ w: 0, b: 0 });
  const values = new Float64Array(nx * ny);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < ny; r++) {
    // row 0 is the top of the picture: the largest b
    const b = box.b[1] - ((r + 0.5) / ny) * (box.b[1] - box.b[0]);
    for (let c = 0; c < nx; c++) {
      const w = box.w[0] + ((c + 0.5) / nx) * (box.w[1] - box.w[0]);
      neuron.setParams(w, b);
      const v = neuron.evaluate(batch);
      values[r * nx + c] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { nx, ny, values, min, max };
}

/** `count` contour levels spaced evenly in log scale between lo and hi (both > 0). */
export function logLevels(lo: number, hi: number, count: number): number[] {
  const a = Math.log(Math.max(lo, 1e-12));
  const b = Math.log(Math.max(hi, lo * 10));
  return Array.from({ length: count }, (_, k) => Math.exp(a + ((k + 0.5) / count) * (b - a)));
}

/** What a learning rate does relative to the stable limit. */
export type RateVerdict = 'diverges' | 'converges' | 'crawls';

/**
 * Gradient descent on a quadratic multiplies the error along each eigenvector of the Hessian by (1 − lr·λ) per step.
 * Above 2/λmax the steepest direction blows up; otherwise the flattest direction needs about ln(10⁶)/(lr·λmin) steps
 * to shrink a millionfold, and a run that needs more than `epochs` of them crawls.
 */
export function rateVerdict(lr: number, eigenvalues: HessianEigenvalues, epochs: number): RateVerdict {
  if (lr >= 2 / eigenvalues.max) return 'diverges';
  return Math.log(1e6) / (lr * eigenvalues.min) > epochs ? 'crawls' : 'converges';
}

/** The batch with x standardized by @neuronlab/data (mean 0, population variance 1), plus the mean and std used. */
export function standardizeBatch(batch: Batch): { batch: Batch; mean: number; std: number } {
  const stats = fitStandardize(batch.x, 1);
  const std = stats.std[0]!;
  if (!(std > 0))
    throw new RangeError(`standardizeBatch: every x equals ${stats.mean[0]}, got std 0. Use varied inputs.`);
  return { batch: { x: applyNormalizer(stats, batch.x), y: batch.y, n: batch.n }, mean: stats.mean[0]!, std };
}

/** Keeps at most `max` points of a path, always including the first and the last. */
export function thinPath<T>(path: readonly T[], max: number): T[] {
  if (path.length <= max) return [...path];
  const stride = (path.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, k) => path[Math.round(k * stride)]!);
}
