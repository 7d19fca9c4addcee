import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from './fixtures.test-util.js';
import { blobs } from './generators/blobs.js';
import { argmaxRows, classLabels, oneHot, selectRows } from './rows.js';

describe('rows and labels', () => {
  it('selects rows in the order given, copying them', () => {
    const d = tinyDataset(5);
    const s = selectRows(d, [4, 0, 4]);
    expect([...s.x]).toEqual([4, 40, 0, 0, 4, 40]);
    s.x[0] = -1;
    expect(d.x[8]).toBe(4);
    expect(() => selectRows(d, [5])).toThrow(/row index must be an integer from 0 to 4, got 5/);
  });

  it('one-hot encodes labels and argmax decodes them again (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((k) => fc.tuple(fc.constant(k), fc.array(fc.nat(k - 1)))),
        ([k, labels]) => {
          expect([...argmaxRows(oneHot(labels, k), k)]).toEqual(labels);
        },
      ),
    );
  });

  it('rejects labels outside the class range', () => {
    expect(() => oneHot([0, 3], 3)).toThrow(/label must be an integer from 0 to 2, got 3 at index 1/);
  });

  it('takes the first maximum on ties', () => {
    expect([...argmaxRows(new Float64Array([0.5, 0.5, 0, 0, 1, 1]), 3)]).toEqual([0, 1]);
  });

  it('reads class labels of binary and multiclass data and refuses regression', () => {
    expect([...classLabels(tinyDataset(3, 'binary', [1, 0, 1]))]).toEqual([1, 0, 1]);
    expect([...classLabels(blobs({ count: 6, classes: 3 }))]).toEqual([0, 1, 2, 0, 1, 2]);
    expect(() => classLabels(tinyDataset(3))).toThrow(TypeError);
    expect(() => classLabels(tinyDataset(2, 'binary', [0, 2]))).toThrow(/must be 0 or 1, got 2 in row 1/);
  });
});
