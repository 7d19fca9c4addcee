import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvError } from '../csv/csv-error.js';
import { formatCsv } from '../csv/format-csv.js';
import { blobs } from '../generators/blobs.js';
import { celsius } from '../generators/celsius.js';
import { readCsvFile, readCsvRecipe } from './read-csv-file.js';
import { writeCsvFile } from './write-csv-file.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neuronlab-data-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readCsvFile and writeCsvFile', () => {
  it('round-trips a dataset through a file and names the file in the recipe', async () => {
    const path = join(dir, 'celsius.csv');
    const d = celsius({ noise: 1 }, 3);
    await writeCsvFile(path, d);
    expect(await readFile(path, 'utf8')).toBe(formatCsv(d));
    const back = await readCsvFile(path);
    expect(back.x).toEqual(d.x);
    expect(back.y).toEqual(d.y);
    expect(back.recipe).toEqual({
      generator: 'csv',
      options: { file: path, x: ['celsius'], y: 'fahrenheit', task: 'regression', header: true, delimiter: ',' },
      seed: null,
    });
    expect((await readCsvRecipe(back.recipe)).y).toEqual(d.y);
  });

  it('re-reads a headerless, semicolon-separated file from its recipe', async () => {
    const path = join(dir, 'plain.csv');
    await writeFile(path, '1;0\n2;1\n');
    const d = await readCsvFile(path, { task: 'binary', delimiter: ';' });
    expect(d.recipe.options).toMatchObject({ x: ['column1'], y: 'column2', header: false, delimiter: ';' });
    expect((await readCsvRecipe(d.recipe)).x).toEqual(d.x);
  });

  it('re-reads a file of inputs only from its recipe', async () => {
    const path = join(dir, 'inputs.csv');
    await writeFile(path, 'a,b,c\n1,2,3\n4,5,6\n');
    const d = await readCsvFile(path, { x: ['c', 'a'], targets: false });
    const again = await readCsvRecipe(d.recipe);
    expect([again.outputDim, Array.from(again.x)]).toEqual([0, [3, 1, 6, 4]]);
  });

  it('writes multiclass data that reads back one-hot', async () => {
    const path = join(dir, 'blobs.csv');
    await writeCsvFile(path, blobs());
    expect((await readCsvFile(path, { task: 'multiclass', y: 'label' })).y).toEqual(blobs().y);
  });

  it('replaces a file atomically and leaves no temporary file behind', async () => {
    const path = join(dir, 'replace.csv');
    await writeFile(path, 'old');
    await writeCsvFile(path, celsius({ count: 2 }));
    expect(await readFile(path, 'utf8')).toBe('celsius,fahrenheit\n-50,-58\n-49,-56.2\n');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the old file when writing fails part way', async () => {
    const path = join(dir, 'keep.csv');
    await writeFile(path, 'old');
    await expect(writeCsvFile(path, celsius(), { rowsPerChunk: 0 })).rejects.toThrow(RangeError);
    expect(await readFile(path, 'utf8')).toBe('old');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names the file, line, column and value of a bad cell', async () => {
    const path = join(dir, 'bad.csv');
    await writeFile(path, 'a,b\n1,2\n3,four\n');
    const error = await readCsvFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({ file: path, line: 3, column: 'b', value: 'four' });
    expect((error as Error).message).toMatch(
      /^readCsvFile: cell in column "b" \(index 1\) is not a number in .*bad.csv line 3/,
    );
  });

  it('says which path it cannot read', async () => {
    await expect(readCsvFile(join(dir, 'missing.csv'))).rejects.toThrow(
      /readCsvFile: cannot read ".*missing.csv", got ENOENT/,
    );
    await expect(readCsvFile('')).rejects.toThrow(TypeError);
  });

  it('refuses a recipe that is not from a CSV file', () => {
    expect(() => readCsvRecipe(celsius().recipe)).toThrow(/must come from a CSV file, got generator "celsius"/);
  });
});
