import type { Dataset } from '@neuronlab/core';
import { checkNumber, phrase } from '@neuronlab/core';
import { DEFAULT_SEED } from './generator.js';
import { DATA_PHRASES } from './phrases.js';
import { classLabels, selectRows } from './rows.js';
import { permutation, toRng } from './shuffle.js';

/** Options of `trainTestSplit`. */
export interface SplitOptions {
  /** Share of the rows that go to the test set, from 0 to 1. @default 0.2 */
  readonly testRatio?: number;
  /** Seed of the shuffle that decides which rows are held out. @default 42 */
  readonly seed?: number;
  /** Keep each class's share equal in train and test (classification data only). @default false */
  readonly stratify?: boolean;
}

/** The two halves of a split, with the source row of every sample. */
export interface SplitResult {
  readonly train: Dataset;
  readonly test: Dataset;
  /** Source rows of `train`, in its order. */
  readonly trainIndices: Uint32Array;
  /** Source rows of `test`, in its order. */
  readonly testIndices: Uint32Array;
}

/** How many of `n` rows a split at `testRatio` holds out for testing: Math.round(n · testRatio), halves rounding up. */
export function testRowCount(n: number, testRatio: number): number {
  return Math.round(n * testRatio);
}

/**
 * Splits the rows into disjoint train and test sets, both in a seeded random order.
 *
 * Sizes are exact: the test set has `Math.round(n · testRatio)` rows (halves round up) and train the rest. With
 * `stratify`, each class c sends ⌊n_c · testRatio⌋ rows to test and the rows still missing from that total go
 * one each to the classes with the largest remainders (ties to the lower class index).
 */
export function trainTestSplit(dataset: Dataset, options: SplitOptions = {}): SplitResult {
  const { testRatio = 0.2, seed = DEFAULT_SEED, stratify = false } = options;
  checkNumber('trainTestSplit: testRatio', testRatio, { min: 0, max: 1, hint: phrase(DATA_PHRASES, 'tryRatio', 0.2) });
  const order = permutation(dataset.n, toRng('trainTestSplit', seed));
  const nTest = testRowCount(dataset.n, testRatio);
  let isTest: (row: number, position: number) => boolean = (_row, position) => position < nTest;
  if (stratify) {
    const labels = classLabels(dataset);
    const quota = stratifiedQuota(labels, nTest, testRatio);
    isTest = (row) => {
      const label = labels[row]!;
      if (quota[label]! === 0) return false;
      quota[label]! -= 1;
      return true;
    };
  }
  const testIndices = new Uint32Array(nTest);
  const trainIndices = new Uint32Array(dataset.n - nTest);
  let t = 0;
  let r = 0;
  order.forEach((row, position) => {
    if (isTest(row, position)) testIndices[t++] = row;
    else trainIndices[r++] = row;
  });
  return {
    train: selectRows(dataset, trainIndices),
    test: selectRows(dataset, testIndices),
    trainIndices,
    testIndices,
  };
}

/** How many test rows each class gets: floors of n_c · ratio, topped up by largest remainder to `total`. */
function stratifiedQuota(labels: Int32Array, total: number, ratio: number): number[] {
  const counts: number[] = [];
  for (const label of labels) counts[label] = (counts[label] ?? 0) + 1;
  const sizes = Array.from(counts, (c) => c ?? 0);
  const quota = sizes.map((c) => Math.floor(c * ratio));
  const byRemainder = sizes
    .map((c, label) => ({ label, remainder: c * ratio - Math.floor(c * ratio) }))
    .sort((a, b) => b.remainder - a.remainder || a.label - b.label);
  let missing = total - quota.reduce((s, q) => s + q, 0);
  // float rounding in n_c · ratio can leave the floors one off the total either way; walk the remainders until exact
  for (let i = 0; missing !== 0 && i < 4 * byRemainder.length; i++) {
    const step = missing > 0 ? 1 : -1;
    const { label } =
      byRemainder[missing > 0 ? i % byRemainder.length : byRemainder.length - 1 - (i % byRemainder.length)]!;
    const next = quota[label]! + step;
    if (next >= 0 && next <= sizes[label]!) {
      quota[label] = next;
      missing -= step;
    }
  }
  return quota;
}
