import type { FileHandle } from 'node:fs/promises';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Dataset } from '@neuronlab/core';
import { type CsvWriteOptions, formatCsvChunks } from '../csv/format-csv.js';

let writes = 0;

/** Writes all of `bytes`: a write may take fewer bytes than asked (a nearly full disk), so loop on its count. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
}

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
      for (const chunk of formatCsvChunks(dataset, options)) await writeAll(handle, Buffer.from(chunk));
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
