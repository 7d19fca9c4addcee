import { Rng } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { minibatches } from './batches.js';
import { tinyDataset } from './fixtures.test-util.js';

describe('minibatches', () => {
  it('walks the data in order in batches of batchSize with a smaller last batch', () => {
    const batches = [...minibatches(tinyDataset(10), { batchSize: 4 })];
    expect(batches.map((b) => b.n)).toEqual([4, 4, 2]);
    expect([...batches[2]!.y]).toEqual([8, 9]);
    expect([...batches[2]!.x]).toEqual([8, 80, 9, 90]);
  });

  it('drops a short last batch when asked', () => {
    expect([...minibatches(tinyDataset(10), { batchSize: 4, dropLast: true })].map((b) => b.n)).toEqual([4, 4]);
  });

  it('visits every row once per pass in a seeded order, keeping x and y paired', () => {
    const seen = [...minibatches(tinyDataset(25), { batchSize: 7, shuffle: 3 })].flatMap((b) => {
      for (let r = 0; r < b.n; r++) expect(b.x[2 * r]).toBe(b.y[r]);
      return [...b.y];
    });
    expect(seen).not.toEqual([...tinyDataset(25).y]);
    expect([...seen].sort((a, b) => a - b)).toEqual([...tinyDataset(25).y]);
    const again = [...minibatches(tinyDataset(25), { batchSize: 7, shuffle: 3 })].flatMap((b) => [...b.y]);
    expect(again).toEqual(seen);
  });

  it('gives a new order each epoch when sharing one Rng', () => {
    const rng = new Rng(1);
    const epoch = () => [...minibatches(tinyDataset(25), { batchSize: 25, shuffle: rng })][0]!.y;
    expect(epoch()).not.toEqual(epoch());
  });

  it('rejects a batch size below 1', () => {
    expect(() => [...minibatches(tinyDataset(3), { batchSize: 0 })]).toThrow(
      /batchSize must be an integer >= 1, got 0/,
    );
  });
});
