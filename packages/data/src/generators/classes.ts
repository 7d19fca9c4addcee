import type { Rng } from '@neuronlab/core';
import type { GeneratedColumns } from '../generator.js';

/** Places one point of class `label` in the plane. */
export type PointSampler = (label: number, rng: Rng) => readonly [number, number];

/**
 * 2-D classification columns: sample i belongs to class i mod `classes`, so every class gets ⌊count/classes⌋ or
 * one more samples (exact balance for any count). Each point is `place(label)` moved by Gaussian jitter of
 * standard deviation `jitter` — which may carry it across the class boundary, as real noise does.
 * Two classes give one 0/1 target column unless `oneHot` is set; more always give one-hot columns.
 */
export function sampleClasses(
  count: number,
  classes: number,
  rng: Rng,
  jitter: number,
  place: PointSampler,
  oneHot = classes > 2,
): GeneratedColumns {
  const outputDim = oneHot ? classes : 1;
  const x = new Float64Array(count * 2);
  const y = new Float64Array(count * outputDim);
  for (let i = 0; i < count; i++) {
    const label = i % classes;
    const [x1, x2] = place(label, rng);
    x[2 * i] = jitter > 0 ? x1 + rng.normal(0, jitter) : x1;
    x[2 * i + 1] = jitter > 0 ? x2 + rng.normal(0, jitter) : x2;
    if (oneHot) y[i * outputDim + label] = 1;
    else y[i] = label;
  }
  const targetNames = oneHot ? Array.from({ length: classes }, (_, c) => className(c)) : ['label'];
  return { x, y, inputDim: 2, outputDim, featureNames: ['x1', 'x2'], targetNames };
}

/** The name of class `c` of a generated multiclass set: its one-hot column's name, and how a prediction names it. */
export function className(c: number): string {
  return `class${c}`;
}

/** Throws a RangeError when there are fewer samples than classes, so that no class would be empty. */
export function checkEveryClassPresent(dataset: string, count: number, classes: number): void {
  if (count < classes) {
    throw new RangeError(
      `generateDataset: option "count" of "${dataset}" must be at least the number of classes (${classes}), ` +
        `got ${count}. Ask for more samples or fewer classes.`,
    );
  }
}
