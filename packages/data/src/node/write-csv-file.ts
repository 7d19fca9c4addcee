import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Dataset } from '@neuronlab/core';
import { type CsvWriteOptions, formatCsvChunks } from '../csv/format-csv.js';

let writes = 0;

/**
 * Writes `dataset` as CSV (layout of formatCsv) atomically: the rows stream into a temporary file beside
 * `path`, which is flushed to disk and then renamed over `path`, so a reader never sees half a file and a
 * crash leaves the old file intact.
 */
export async function writeCsvFile(path: string, dataset: Dataset, options: CsvWriteOptions = {}): Promise<void> {
  // pid + counter + time keeps concurrent writers (threads, processes) from sharing a temporary name
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${++writes}-${Date.now()}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    try {
      for (const chunk of formatCsvChunks(dataset, options)) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
