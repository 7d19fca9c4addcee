/**
 * Small 2-D classification sets for the learnability tests, generated inline because core must not depend on
 * @neuronlab/data. Shapes follow the usual playground sets; every point comes from a seeded Rng.
 */
import type { Rng } from '../rng.js';
import type { Batch } from '../train/types.js';

type Point = [number, number, number];

function toBatch(points: Point[], classes: number): Batch {
  const n = points.length;
  const d = classes === 2 ? 1 : classes;
  const x = new Float64Array(n * 2);
  const y = new Float64Array(n * d);
  points.forEach(([a, b, label], i) => {
    x[2 * i] = a;
    x[2 * i + 1] = b;
    if (d === 1) y[i] = label;
    else y[i * d + label] = 1;
  });
  return { x, y, n };
}

/** Binary sets by name, n points each, labels 0/1. */
export const binarySets: Record<string, (n: number, rng: Rng) => Batch> = {
  xor: (n, rng) =>
    toBatch(
      Array.from({ length: n }, () => {
        const a = rng.uniform(-1, 1);
        const b = rng.uniform(-1, 1);
        // keep a small gap around the axes so the classes are separable
        const a2 = a + Math.sign(a) * 0.05;
        const b2 = b + Math.sign(b) * 0.05;
        return [a2, b2, a2 * b2 > 0 ? 1 : 0];
      }),
      2,
    ),
  circles: (n, rng) =>
    toBatch(
      Array.from({ length: n }, (_v, i) => {
        const inner = i % 2 === 0;
        const r = inner ? rng.uniform(0, 0.5) : rng.uniform(0.7, 1);
        const t = rng.uniform(0, 2 * Math.PI);
        return [r * Math.cos(t), r * Math.sin(t), inner ? 1 : 0];
      }),
      2,
    ),
  gauss: (n, rng) =>
    toBatch(
      Array.from({ length: n }, (_v, i) => {
        const c = i % 2 === 0 ? 1 : -1;
        return [rng.normal(c, 0.3), rng.normal(c, 0.3), c > 0 ? 1 : 0];
      }),
      2,
    ),
  spiral: (n, rng) =>
    toBatch(
      Array.from({ length: n }, (_v, i) => {
        const label = i % 2;
        // radius up to 5, as on the playground's canvas: squeezed into ±1 the 1.75 turns are too fine for a
        // glorot-initialized tanh net to leave its initial plateau within a few hundred epochs
        const r = rng.uniform(0.05, 1);
        const t = 1.75 * r * 2 * Math.PI + label * Math.PI;
        return [5 * r * Math.sin(t) + rng.normal(0, 0.1), 5 * r * Math.cos(t) + rng.normal(0, 0.1), label];
      }),
      2,
    ),
  moons: (n, rng) =>
    toBatch(
      Array.from({ length: n }, (_v, i) => {
        const label = i % 2;
        const t = rng.uniform(0, Math.PI);
        const [a, b] = label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
        return [a + rng.normal(0, 0.08), b + rng.normal(0, 0.08), label];
      }),
      2,
    ),
};

/** `classes` Gaussian blobs on a circle of radius 2, one-hot labels. */
export function blobs(n: number, classes: number, rng: Rng): Batch {
  return toBatch(
    Array.from({ length: n }, (_v, i) => {
      const label = i % classes;
      const angle = (2 * Math.PI * label) / classes;
      return [rng.normal(2 * Math.cos(angle), 0.4), rng.normal(2 * Math.sin(angle), 0.4), label];
    }),
    classes,
  );
}

/** Shuffles rows with `rng` and holds out `fraction` of them as the test set. */
export function split(data: Batch, fraction: number, rng: Rng): { train: Batch; test: Batch } {
  const order = rng.shuffle(Array.from({ length: data.n }, (_v, i) => i));
  const nTest = Math.round(data.n * fraction);
  const dx = data.x.length / data.n;
  const dy = data.y.length / data.n;
  const take = (rows: number[]): Batch => {
    const x = new Float64Array(rows.length * dx);
    const y = new Float64Array(rows.length * dy);
    rows.forEach((r, i) => {
      x.set(data.x.subarray(r * dx, (r + 1) * dx), i * dx);
      y.set(data.y.subarray(r * dy, (r + 1) * dy), i * dy);
    });
    return { x, y, n: rows.length };
  };
  return { test: take(order.slice(0, nTest)), train: take(order.slice(nTest)) };
}
