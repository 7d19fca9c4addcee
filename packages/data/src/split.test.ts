import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from './fixtures.test-util.js';
import { blobs } from './generators/blobs.js';
import { classLabels } from './rows.js';
import { trainTestSplit } from './split.js';

const sorted = (a: Uint32Array) => [...a].sort((p, q) => p - q);

describe('trainTestSplit', () => {
  it('holds out round(n · testRatio) rows and keeps the rest for training', () => {
    const { train, test } = trainTestSplit(tinyDataset(10), { testRatio: 0.25 });
    // 10 · 0.25 = 2.5 rounds up to 3
    expect([train.n, test.n]).toEqual([7, 3]);
    expect([train.x.length, test.y.length]).toEqual([14, 3]);
  });

  it('copies the rows it reports, so every sample stays intact', () => {
    const d = tinyDataset(20);
    const { train, trainIndices } = trainTestSplit(d, { seed: 3 });
    trainIndices.forEach((row, r) => {
      expect([train.x[2 * r], train.x[2 * r + 1], train.y[r]]).toEqual([row, 10 * row, row]);
    });
  });

  it('is reproducible for a seed and differs between seeds', () => {
    const d = tinyDataset(50);
    expect(trainTestSplit(d, { seed: 1 }).testIndices).toEqual(trainTestSplit(d, { seed: 1 }).testIndices);
    expect(trainTestSplit(d, { seed: 1 }).testIndices).not.toEqual(trainTestSplit(d, { seed: 2 }).testIndices);
  });

  it('keeps class shares with stratify, using largest remainders to hit the exact total', () => {
    // classes of 7, 5 and 3 rows; 15 · 0.3 = 4.5 → 5 test rows; floors 2, 1, 0 (remainders .1, .5, .9) → +1 to c2, c1
    const labels = [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2];
    const d = tinyDataset(
      15,
      'binary',
      labels.map((l) => (l === 0 ? 0 : 1)),
    );
    const oneHotData = { ...d, task: 'multiclass' as const, outputDim: 3, y: new Float64Array(45) };
    labels.forEach((l, i) => {
      oneHotData.y[3 * i + l] = 1;
    });
    const { test } = trainTestSplit(oneHotData, { testRatio: 0.3, stratify: true });
    const counts = [0, 0, 0];
    for (const l of classLabels(test)) counts[l]! += 1;
    expect(counts).toEqual([2, 2, 1]);
  });

  it('stratifies generated blobs evenly', () => {
    const { train, test } = trainTestSplit(blobs({ count: 300, classes: 3 }), { testRatio: 0.2, stratify: true });
    const count = (labels: Int32Array) => [0, 1, 2].map((c) => labels.filter((l) => l === c).length);
    expect(count(classLabels(test))).toEqual([20, 20, 20]);
    expect(count(classLabels(train))).toEqual([80, 80, 80]);
  });

  it('rejects stratify on regression data and a ratio outside [0, 1]', () => {
    expect(() => trainTestSplit(tinyDataset(5), { stratify: true })).toThrow(TypeError);
    expect(() => trainTestSplit(tinyDataset(5), { testRatio: 1.5 })).toThrow(
      /testRatio must be a number from 0 to 1, got 1.5/,
    );
  });

  it('always gives disjoint sets that cover every row exactly once, with exact sizes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.boolean(),
        (labels, testRatio, seed, stratify) => {
          const d = tinyDataset(labels.length, 'binary', labels);
          const s = trainTestSplit(d, { testRatio, seed, stratify });
          expect(s.test.n).toBe(Math.round(labels.length * testRatio));
          expect(s.train.n + s.test.n).toBe(labels.length);
          expect(sorted(new Uint32Array([...s.trainIndices, ...s.testIndices]))).toEqual(labels.map((_, i) => i));
          if (stratify) {
            // every class's test share is within one row of its exact quota n_c · testRatio
            for (const c of [0, 1]) {
              const nc = labels.filter((l) => l === c).length;
              const tc = [...s.testIndices].filter((i) => labels[i] === c).length;
              expect(Math.abs(tc - nc * testRatio)).toBeLessThan(1 + 1e-9);
            }
          }
        },
      ),
    );
  });
});
