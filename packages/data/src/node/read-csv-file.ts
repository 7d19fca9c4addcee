import { createReadStream } from 'node:fs';
import type { Dataset, DatasetRecipe } from '@neuronlab/core';
import type { CsvReadOptions } from '../csv/csv-options.js';
import { readCsvSource } from '../csv/parse-csv.js';
import { describe } from '../schema.js';

/** Bytes read per chunk. 64 KiB keeps a million-row read within an 8 MB heap (1 MiB needed 12 MB) at the same speed. */
const CHUNK_BYTES = 1 << 16;

/**
 * Reads a dataset from a CSV file, streaming it from disk chunk by chunk (a million-row file is never held
 * as one string). `options.file` defaults to `path`, which then appears in errors and in the recipe.
 */
export async function readCsvFile(path: string, options: CsvReadOptions = {}): Promise<Dataset> {
  if (typeof path !== 'string' || path === '') {
    throw new TypeError(`readCsvFile: path must be a non-empty string, got ${describe(path)}. Pass e.g. 'data.csv'.`);
  }
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  try {
    return await readCsvSource('readCsvFile', stream, { ...options, file: options.file ?? path });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      throw new Error(
        `readCsvFile: cannot read ${JSON.stringify(path)}, got ${code}. Check the path and permissions.`,
        {
          cause: e,
        },
      );
    }
    throw e;
  } finally {
    stream.destroy();
  }
}

/**
 * Reads a CSV dataset again from its recipe ({ generator: 'csv', options: { file, x, y, task, header, delimiter } }, or
 * with `targets: false` for inputs only).
 */
export function readCsvRecipe(recipe: DatasetRecipe): Promise<Dataset> {
  const { file, x, y, task, header, delimiter, targets } = recipe.options;
  if (recipe.generator !== 'csv' || typeof file !== 'string') {
    throw new TypeError(
      `readCsvRecipe: recipe must come from a CSV file, got generator ${describe(recipe.generator)}. ` +
        `Use regenerate(recipe) from '@neuronlab/data' for generated data.`,
    );
  }
  return readCsvFile(file, {
    ...(Array.isArray(x) ? { x } : {}),
    ...(typeof y === 'string' || Array.isArray(y) ? { y } : {}),
    ...(task === 'regression' || task === 'binary' || task === 'multiclass' ? { task } : {}),
    ...(typeof header === 'boolean' ? { header } : {}),
    ...(typeof delimiter === 'string' ? { delimiter } : {}),
    ...(targets === false ? { targets } : {}),
  });
}
