import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { celsius } from './generators/celsius.js';
import {
  applyNormalizer,
  fitMinMax,
  fitNormalizer,
  fitStandardize,
  invertNormalizer,
  normalizeDataset,
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
    const { dataset, y } = normalizeDataset(celsius(), { x: 'standardize', y: 'standardize' });
    const back = invertNormalizer(y!, dataset.y);
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
