import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { celsius } from './generators/celsius.js';
import {
  applyNormalizer,
  fitMinMax,
  fitNormalizer,
  fitStandardize,
  invertNormalizer,
  linearInRawUnits,
} from './normalize.js';

describe('normalization', () => {
  it('standardizes each column to mean 0 and std 1', () => {
    const values = new Float64Array([1, 10, 2, 20, 3, 30, 4, 40]);
    const stats = fitStandardize(values, 2);
    expect(stats.mean).toEqual([2.5, 25]);
    // population std of 1, 2, 3, 4 is √1.25; 1e-15 allows one rounding of the square root
    expect(stats.std[0]).toBeCloseTo(Math.sqrt(1.25), 15);
    const z = applyNormalizer(stats, values);
    const col0 = [z[0]!, z[2]!, z[4]!, z[6]!];
    expect(col0.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
    expect(col0.reduce((s, v) => s + v * v, 0) / 4).toBeCloseTo(1, 12);
  });

  it('maps the fitted data onto [0, 1] with min-max', () => {
    const stats = fitMinMax(new Float64Array([-50, 0, 49]), 1);
    expect(stats).toEqual({ kind: 'minmax', min: [-50], max: [49] });
    expect([...applyNormalizer(stats, new Float64Array([-50, 49]))]).toEqual([0, 1]);
  });

  it('turns a standardized prediction back into °F for the tutorial data', () => {
    const y = fitNormalizer('standardize', celsius().y, 1);
    const back = invertNormalizer(y, applyNormalizer(y, celsius().y));
    // a round trip costs at most a few ulps of values up to 120 °F
    for (let i = 0; i < 100; i++) expect(back[i]).toBeCloseTo(celsius().y[i]!, 12);
  });

  it('survives a JSON round trip as {kind, mean, std}', () => {
    const stats = fitNormalizer('standardize', celsius().x, 1);
    const restored = JSON.parse(JSON.stringify(stats));
    expect(restored).toEqual(stats);
    expect(applyNormalizer(restored, new Float64Array([-0.5]))).toEqual(
      applyNormalizer(stats, new Float64Array([-0.5])),
    );
  });

  it('shifts a constant column to 0 instead of dividing by zero', () => {
    const v = new Float64Array([5, 5, 5]);
    expect([...applyNormalizer(fitStandardize(v, 1), v)]).toEqual([0, 0, 0]);
    expect([...applyNormalizer(fitMinMax(v, 1), v)]).toEqual([0, 0, 0]);
  });

  it('rejects empty, non-finite and misshapen input', () => {
    expect(() => fitStandardize(new Float64Array(0), 1)).toThrow(RangeError);
    expect(() => fitMinMax(new Float64Array([1, Number.NaN]), 1)).toThrow(/got NaN at row 1, column 0/);
    expect(() => fitStandardize(new Float64Array(3), 2)).toThrow(/must be n × 2 row-major, got length 3/);
    expect(() => fitNormalizer('zscore' as 'minmax', new Float64Array(1), 1)).toThrow(TypeError);
  });

  it('inverts what it applies, for either kind and any finite data (property)', () => {
    const column = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(column, column), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('standardize' as const, 'minmax' as const),
        (rows, kind) => {
          const values = new Float64Array(rows.flat());
          const stats = fitNormalizer(kind, values, 2);
          const back = invertNormalizer(stats, applyNormalizer(stats, values));
          // relative error of a subtract-divide-multiply-add chain: a few ulps of the column's magnitude (≤ 2e6)
          for (let i = 0; i < values.length; i++) expect(Math.abs(back[i]! - values[i]!)).toBeLessThan(1e-8);
          if (kind === 'minmax') {
            for (const v of applyNormalizer(stats, values)) expect(v >= 0 && v <= 1).toBe(true);
          }
        },
      ),
    );
  });
});

describe('linearInRawUnits', () => {
  const x = celsius().x;
  // a model trained on normalized inputs predicts w·x' + b; the rewritten line must predict the same from raw x
  for (const kind of ['standardize', 'minmax'] as const) {
    it(`maps a line fitted on ${kind} inputs back to raw units with the same predictions`, () => {
      const stats = fitNormalizer(kind, x, 1);
      const model = { weights: [37.5], bias: 12.25 };
      const raw = linearInRawUnits(stats, model);
      const z = applyNormalizer(stats, x);
      // values up to about 10³: 1e-10 allows the few roundings of either route
      for (let i = 0; i < x.length; i++) {
        expect(raw.weights[0]! * x[i]! + raw.bias).toBeCloseTo(model.weights[0]! * z[i]! + model.bias, 10);
      }
    });
  }

  it('handles several columns and leaves a model on raw inputs as it is', () => {
    const values = new Float64Array([1, 10, 2, 30, 4, 20]);
    const stats = fitStandardize(values, 2);
    const raw = linearInRawUnits(stats, { weights: [1, -2], bias: 3 });
    const z = applyNormalizer(stats, values);
    for (let i = 0; i < 3; i++) {
      const want = z[2 * i]! - 2 * z[2 * i + 1]! + 3;
      // small values: 1e-12 is a few ulps
      expect(raw.weights[0]! * values[2 * i]! + raw.weights[1]! * values[2 * i + 1]! + raw.bias).toBeCloseTo(want, 12);
    }
    expect(linearInRawUnits(null, { weights: [2], bias: 1 })).toEqual({ weights: [2], bias: 1 });
  });

  it('rejects weights that do not match the normalized columns', () => {
    expect(() => linearInRawUnits(fitStandardize(x, 1), { weights: [1, 2], bias: 0 })).toThrow(
      /linearInRawUnits: weights must have one entry per normalized column \(1\), got 2/,
    );
  });
});
