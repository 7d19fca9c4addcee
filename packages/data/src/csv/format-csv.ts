import type { Dataset } from '@neuronlab/core';
import Papa from 'papaparse';
import { argmaxRows } from '../rows.js';
import { describe } from '../schema.js';

/** Options of the CSV writers. */
export interface CsvWriteOptions {
  /** Field separator. @default ',' */
  readonly delimiter?: string;
  /** Rows per chunk yielded by `formatCsvChunks`. @default 10000 */
  readonly rowsPerChunk?: number;
}

/**
 * The header and rows of `dataset` as CSV text in chunks, for writing large tables without one giant string.
 * Columns are the features, then the targets; a multiclass dataset gets one `label` column holding each row's
 * class name, so that reading it back with `{ task: 'multiclass', y: 'label' }` restores the one-hot targets.
 * Numbers are written in JavaScript's shortest round-trip form, so reading them back gives the same float64s.
 */
export function* formatCsvChunks(dataset: Dataset, options: CsvWriteOptions = {}): Generator<string, void, undefined> {
  const { delimiter = ',', rowsPerChunk = 10_000 } = options;
  if (!Number.isInteger(rowsPerChunk) || rowsPerChunk < 1) {
    throw new RangeError(`formatCsvChunks: rowsPerChunk must be an integer >= 1, got ${describe(rowsPerChunk)}.`);
  }
  const multiclass = dataset.task === 'multiclass';
  const labels = multiclass ? argmaxRows(dataset.y, dataset.outputDim) : null;
  const fields = [...dataset.featureNames, ...(multiclass ? ['label'] : dataset.targetNames)];
  const config = { delimiter, newline: '\n', header: false };
  yield `${Papa.unparse([fields], config)}\n`;
  for (let start = 0; start < dataset.n; start += rowsPerChunk) {
    const rows: (number | string)[][] = [];
    for (let i = start; i < Math.min(start + rowsPerChunk, dataset.n); i++) {
      const row: (number | string)[] = Array.from(dataset.x.subarray(i * dataset.inputDim, (i + 1) * dataset.inputDim));
      if (labels !== null) row.push(dataset.targetNames[labels[i]!]!);
      else row.push(...dataset.y.subarray(i * dataset.outputDim, (i + 1) * dataset.outputDim));
      rows.push(row);
    }
    yield `${Papa.unparse(rows, config)}\n`;
  }
}

/** `dataset` as one CSV string (header line first, `\n` line ends). See `formatCsvChunks` for the layout. */
export function formatCsv(dataset: Dataset, options: CsvWriteOptions = {}): string {
  return [...formatCsvChunks(dataset, options)].join('');
}
