// @neuronlab/data: seeded dataset generators and their registry, what each dataset says about itself, the
// train/test split and normalization. Explicit named exports only. Browser-safe: nothing here imports node:*.
// CSV text is parsed and written at @neuronlab/data/csv, files are read and written at @neuronlab/data/node; their
// error (CsvError), read options and the first-line reader (which finds the delimiter) are here, shared by both.

// the feature table lives in core (the exporters write the same features); re-exported for the data's users
export type { Feature } from '@neuronlab/core';
export { checkFeatures, FEATURE_NAMES, FEATURES } from '@neuronlab/core';
export { CsvError } from './csv/csv-error.js';
export type { CsvFirstLine } from './csv/csv-line.js';
export { CSV_DELIMITERS, readFirstLine, splitCsvLine } from './csv/csv-line.js';
export type { ColumnRef, CsvReadOptions } from './csv/csv-options.js';
export { MAX_CLASSES } from './csv/limits.js';
export { cellNumber, isNumericCell } from './csv/number-cell.js';
export type { ColumnFacts, ColumnLabel, DatasetFacts, LinearTruth } from './facts.js';
export { featureValues, withFeatures } from './features.js';
export { DEFAULT_SEED } from './generator.js';
export type { BlobsOptions } from './generators/blobs.js';
export { blobs } from './generators/blobs.js';
export type { CelsiusOptions } from './generators/celsius.js';
export { celsius } from './generators/celsius.js';
export type { CirclesOptions } from './generators/circles.js';
export { circles } from './generators/circles.js';
export { className } from './generators/classes.js';
export type { GaussOptions } from './generators/gauss.js';
export { gauss } from './generators/gauss.js';
export type { GaussianBumpOptions } from './generators/gaussian-bump.js';
export { gaussianBump } from './generators/gaussian-bump.js';
export type { LinearOptions } from './generators/linear.js';
export { linear } from './generators/linear.js';
export type { MoonsOptions } from './generators/moons.js';
export { moons } from './generators/moons.js';
export type { PlaneOptions } from './generators/plane.js';
export { plane } from './generators/plane.js';
export type { PolynomialOptions } from './generators/polynomial.js';
export { polynomial } from './generators/polynomial.js';
export type { SineOptions } from './generators/sine.js';
export { sine } from './generators/sine.js';
export type { SpiralOptions } from './generators/spiral.js';
export { spiral } from './generators/spiral.js';
export type { XorOptions } from './generators/xor.js';
export { xor } from './generators/xor.js';
export type {
  LinearCoefficients,
  MinMaxStats,
  NormalizerKind,
  NormalizerStats,
  StandardizeStats,
} from './normalize.js';
export {
  applyNormalizer,
  fitNormalizer,
  fitStandardize,
  invertNormalizer,
  linearInRawUnits,
} from './normalize.js';
export { CSV_OPTION_WORDS, type CsvOptionWords, csvOptionPhrases, DATA_PHRASES } from './phrases.js';
export { datasetFacts, datasetNames, datasets, generateDataset, regenerate } from './registry.js';
export { classLabels } from './rows.js';
export { optionRule } from './schema.js';
export type { SplitOptions, SplitResult } from './split.js';
export { testRowCount, trainTestSplit } from './split.js';
