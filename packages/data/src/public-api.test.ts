import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyNormalizer,
  blobs,
  CsvError,
  celsius,
  classLabels,
  datasetFacts,
  datasetNames,
  datasets,
  fitNormalizer,
  generateDataset,
  invertNormalizer,
  linearInRawUnits,
  regenerate,
  spiral,
  trainTestSplit,
} from '@neuronlab/data';
import { formatCsv, parseCsv, parseCsvStream } from '@neuronlab/data/csv';
import { readCsvFile, writeCsvFile } from '@neuronlab/data/node';
import { describe, expect, it } from 'vitest';

describe('@neuronlab/data public API', () => {
  it('makes the tutorial data: 100 samples from -50 °C with y = 1.8x + 32', () => {
    const d = celsius();
    expect(d.n).toBe(100);
    expect([d.x[0], d.x[99], d.y[0], d.y[99]]).toEqual([-50, 49, -58, 120.2]);
    expect(d.recipe.seed).toBeNull();
  });

  it('says what the tutorial data is: °C in, °F out, exactly y = 1.8·x + 32', () => {
    const facts = datasetFacts(celsius());
    expect([facts.features[0]?.unit, facts.targets[0]?.unit]).toEqual(['°C', '°F']);
    expect(facts.truth).toEqual({ weights: [1.8], bias: 32, exact: true });
    expect(linearInRawUnits(null, { weights: [1.8], bias: 32 })).toEqual({ weights: [1.8], bias: 32 });
  });

  it('lists generators with schemas and makes them by name, reproducibly from the recipe', () => {
    expect(datasetNames).toContain('spiral');
    expect(datasets.spiral!.options.noise).toMatchObject({ type: 'number', default: 0.03, min: 0, max: 1 });
    const d = generateDataset('spiral', { count: 50 }, 7);
    expect(regenerate(d.recipe).x).toEqual(d.x);
    expect(spiral({ count: 50 }, 7).y).toEqual(d.y);
    expect(() => generateDataset('spiral', { noise: 3 })).toThrow(
      /option "noise" of "spiral" must be a number from 0 to 1/,
    );
  });

  it('splits and normalizes', () => {
    const { train, test } = trainTestSplit(blobs(), { testRatio: 0.1, stratify: true });
    expect([train.n, test.n]).toEqual([270, 30]);
    expect(classLabels(test).length).toBe(30);
    const y = fitNormalizer('minmax', celsius().y, 1);
    expect(y).toEqual({ kind: 'minmax', min: [-58], max: [120.2] });
    // one subtract-divide-multiply-add round trip: a few ulps of 120
    expect(invertNormalizer(y, applyNormalizer(y, new Float64Array([120.2])))[0]).toBeCloseTo(120.2, 12);
  });

  it('reads and writes CSV from strings, streams and files', async () => {
    const text = formatCsv(celsius({ count: 3 }));
    expect(parseCsv(text).y).toEqual(celsius({ count: 3 }).y);
    expect((await parseCsvStream([text.slice(0, 5), text.slice(5)])).n).toBe(3);
    expect(() => parseCsv('a,b\n1,x\n')).toThrow(CsvError);
    const dir = await mkdtemp(join(tmpdir(), 'neuronlab-api-'));
    try {
      await writeCsvFile(join(dir, 'c.csv'), celsius());
      expect((await readCsvFile(join(dir, 'c.csv'))).y).toEqual(celsius().y);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
