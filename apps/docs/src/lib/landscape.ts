import { type Batch, createNeuron } from '@neuronlab/core';

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
 * Above the limit gradient descent diverges; far below it (under a tenth), the flattest direction barely moves in a
 * few thousand steps, so we call it crawling; in between it converges.
 */
export function rateVerdict(lr: number, limit: number): RateVerdict {
  if (lr >= limit) return 'diverges';
  if (lr < limit / 10) return 'crawls';
  return 'converges';
}

/** The batch with x rescaled to mean 0 and variance 1 (population variance), plus the mean and std used. */
export function standardizeBatch(batch: Batch): { batch: Batch; mean: number; std: number } {
  let mean = 0;
  for (let i = 0; i < batch.n; i++) mean += batch.x[i]!;
  mean /= batch.n;
  let v = 0;
  for (let i = 0; i < batch.n; i++) v += (batch.x[i]! - mean) ** 2;
  const std = Math.sqrt(v / batch.n);
  if (!(std > 0)) throw new RangeError(`standardizeBatch: every x equals ${mean}, got std 0. Use varied inputs.`);
  const x = batch.x.map((xi) => (xi - mean) / std);
  return { batch: { x, y: batch.y, n: batch.n }, mean, std };
}

/** Keeps at most `max` points of a path, always including the first and the last. */
export function thinPath<T>(path: readonly T[], max: number): T[] {
  if (path.length <= max) return [...path];
  const stride = (path.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, k) => path[Math.round(k * stride)]!);
}
