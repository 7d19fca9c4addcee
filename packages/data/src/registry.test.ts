import type { Dataset } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { datasetNames, datasets, generateDataset, regenerate } from './registry.js';
import { optionRule } from './schema.js';

const bytes = (a: Float64Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

function expectSameBytes(a: Dataset, b: Dataset): void {
  expect(bytes(a.x)).toEqual(bytes(b.x));
  expect(bytes(a.y)).toEqual(bytes(b.y));
}

function classCounts(d: Dataset): number[] {
  const counts = new Array<number>(d.outputDim === 1 ? 2 : d.outputDim).fill(0);
  for (let i = 0; i < d.n; i++) {
    if (d.outputDim === 1) counts[d.y[i]!]! += 1;
    else counts[d.y.subarray(i * d.outputDim, (i + 1) * d.outputDim).indexOf(1)]! += 1;
  }
  return counts;
}

describe('datasets registry', () => {
  it('lists the twelve generators, regression first', () => {
    expect(datasetNames).toEqual([
      'celsius',
      'linear',
      'polynomial',
      'sine',
      'plane',
      'gaussian-bump',
      'xor',
      'circles',
      'gauss',
      'spiral',
      'moons',
      'blobs',
    ]);
  });

  it('gives every option a default inside its own range and a description', () => {
    for (const g of Object.values(datasets)) {
      expect(g.description.length).toBeGreaterThan(10);
      expect(g.description).not.toContain('\n');
      for (const [key, spec] of Object.entries(g.options)) {
        expect(spec.description, `${g.name}.${key}`).not.toBe('');
        expect(
          () => g.create({ [key]: spec.default }),
          `${g.name}.${key} ${JSON.stringify(optionRule(spec))}`,
        ).not.toThrow();
      }
    }
  });

  it.each(datasetNames)('makes %s with consistent shapes, finite values and the declared task', (name) => {
    const d = generateDataset(name);
    const g = datasets[name]!;
    expect(d.task).toBe(g.task);
    expect(d.n).toBe(g.options.count!.default);
    expect(d.x.length).toBe(d.n * d.inputDim);
    expect(d.y.length).toBe(d.n * d.outputDim);
    expect(d.featureNames.length).toBe(d.inputDim);
    expect(d.targetNames.length).toBe(d.outputDim);
    expect([...d.x, ...d.y].every(Number.isFinite)).toBe(true);
  });

  it.each(datasetNames.filter((n) => n !== 'celsius'))(
    'makes %s identical for one seed and different for another',
    (name) => {
      expectSameBytes(generateDataset(name, {}, 5), generateDataset(name, {}, 5));
      expect(bytes(generateDataset(name, {}, 5).x)).not.toEqual(bytes(generateDataset(name, {}, 6).x));
    },
  );

  it.each(datasetNames)('regenerates %s bit for bit from its recipe, even after a JSON round trip', (name) => {
    const d = generateDataset(name, {}, 123);
    const recipe = JSON.parse(JSON.stringify(d.recipe));
    expect(Object.keys(recipe.options)).toEqual(Object.keys(datasets[name]!.options));
    expectSameBytes(regenerate(recipe), d);
  });

  it.each(['xor', 'circles', 'gauss', 'spiral', 'moons'])('balances the two classes of %s exactly', (name) => {
    expect(classCounts(generateDataset(name, { count: 201 }))).toEqual([101, 100]);
  });

  it('makes k one-hot blobs with balanced classes', () => {
    const d = generateDataset('blobs', { classes: 4, count: 102 });
    expect([d.outputDim, d.task]).toEqual([4, 'multiclass']);
    expect(d.targetNames).toEqual(['class0', 'class1', 'class2', 'class3']);
    expect(classCounts(d)).toEqual([26, 26, 25, 25]);
    for (let i = 0; i < d.n; i++) expect(d.y.subarray(i * 4, i * 4 + 4).reduce((s, v) => s + v, 0)).toBe(1);
  });

  it('labels xor by the signs of the coordinates when there is no noise', () => {
    const d = generateDataset('xor', { noise: 0 });
    for (let i = 0; i < d.n; i++) expect(d.y[i]).toBe(d.x[2 * i]! * d.x[2 * i + 1]! < 0 ? 1 : 0);
  });

  it('puts the circles disc inside radius 0.5 and the ring between 0.7 and 1 when there is no noise', () => {
    const d = generateDataset('circles');
    for (let i = 0; i < d.n; i++) {
      const r = Math.hypot(d.x[2 * i]!, d.x[2 * i + 1]!);
      // 1e-12 absorbs the rounding of r·cos θ and r·sin θ
      if (d.y[i] === 1) expect(r).toBeLessThanOrEqual(0.5 + 1e-12);
      else expect(r >= 0.7 - 1e-12 && r <= 1 + 1e-12).toBe(true);
    }
  });

  it('fits the linear data with the requested slope and intercept', () => {
    const d = generateDataset('linear', { slope: 3, intercept: -2, noise: 0 });
    // without noise every sample is on the line up to one rounding of a·x + b
    for (let i = 0; i < d.n; i++) expect(d.y[i]).toBeCloseTo(3 * d.x[i]! - 2, 12);
  });

  it('rejects an out-of-range option with a message naming option, dataset, range and value', () => {
    expect(() => generateDataset('spiral', { noise: 3 })).toThrow(
      new RangeError(
        'generateDataset: option "noise" of "spiral" must be a number from 0 to 1, got 3. ' +
          'Pass a number from 0 to 1 or leave it out for the default 0.03.',
      ),
    );
    expect(() => generateDataset('blobs', { classes: 2.5 })).toThrow(/must be an integer from 2 to 10, got 2.5/);
    expect(() => generateDataset('linear', { slope: Number.NaN })).toThrow(RangeError);
  });

  it('rejects an option of the wrong kind or an unknown option with a TypeError', () => {
    expect(() => generateDataset('spiral', { noise: '0.1' })).toThrow(TypeError);
    expect(() => generateDataset('spiral', { nosie: 0.1 })).toThrow(
      /has no option "nosie".*Valid options: count, noise, turns/,
    );
  });

  it('rejects an unknown name, listing the valid ones', () => {
    expect(() => generateDataset('spirals')).toThrow(
      new TypeError(`generateDataset: unknown dataset, got "spirals". Valid names: ${datasetNames.join(', ')}.`),
    );
    expect(() => generateDataset('toString')).toThrow(TypeError);
  });

  it('rejects a seed that is not a 32-bit unsigned integer', () => {
    expect(() => generateDataset('xor', {}, -1)).toThrow(RangeError);
    expect(() => generateDataset('xor', {}, 1.5)).toThrow(/seed must be an integer from 0 to 4294967295, got 1.5/);
  });

  it('rejects crossed intervals and more classes than samples', () => {
    expect(() => generateDataset('sine', { xMin: 1, xMax: 1 })).toThrow(/"xMin" of "sine" must be below "xMax"/);
    expect(() => generateDataset('blobs', { classes: 5, count: 4 })).toThrow(/at least the number of classes \(5\)/);
  });

  it('keeps the schemas read-only, so no caller can shift a default under the CLI and the docs', () => {
    expect(Object.isFrozen(datasets.spiral!.options.noise)).toBe(true);
    expect(() => {
      (datasets.spiral!.options.noise as { default: number }).default = 9;
    }).toThrow(TypeError);
  });

  it('refuses to regenerate a CSV recipe and points to readCsvRecipe', () => {
    expect(() => regenerate({ generator: 'csv', options: { file: 'a.csv' }, seed: null })).toThrow(/readCsvRecipe/);
  });
});
