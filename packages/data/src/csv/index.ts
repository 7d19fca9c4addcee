// @neuronlab/data/csv: CSV text parsed into a dataset and a dataset written as CSV text, with papaparse. An entry of
// its own so that whoever does not read or write CSV (a training thread, a page without an upload) never loads the
// parser. Browser-safe; reading and writing files is at @neuronlab/data/node. CsvError, which the readers throw,
// and the read options the file reader shares are at the main entry.
export type { CsvWriteOptions } from './format-csv.js';
export { formatCsv, formatCsvChunks } from './format-csv.js';
export { parseCsv, parseCsvStream } from './parse-csv.js';
export type { CsvChunk, CsvSource, ReadableStreamLike } from './source.js';
