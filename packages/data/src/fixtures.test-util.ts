import type { Dataset, TaskKind } from '@neuronlab/core';

/** A small hand-made dataset whose row i has x = [i, 10·i] and y = [labels[i]] (or i for regression). */
export function tinyDataset(n: number, task: TaskKind = 'regression', labels?: readonly number[]): Dataset {
  const x = new Float64Array(n * 2);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[2 * i] = i;
    x[2 * i + 1] = 10 * i;
    y[i] = labels ? labels[i]! : i;
  }
  return {
    n,
    inputDim: 2,
    outputDim: 1,
    x,
    y,
    featureNames: ['a', 'b'],
    targetNames: ['t'],
    task,
    recipe: { generator: 'test', options: {}, seed: null },
  };
}
