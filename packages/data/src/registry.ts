import type { Dataset, DatasetRecipe } from '@neuronlab/core';
import { columnFacts, type DatasetFacts } from './facts.js';
import { type DatasetGenerator, DEFAULT_SEED } from './generator.js';
import { blobsGenerator } from './generators/blobs.js';
import { celsiusGenerator } from './generators/celsius.js';
import { circlesGenerator } from './generators/circles.js';
import { gaussGenerator } from './generators/gauss.js';
import { gaussianBumpGenerator } from './generators/gaussian-bump.js';
import { linearGenerator } from './generators/linear.js';
import { moonsGenerator } from './generators/moons.js';
import { planeGenerator } from './generators/plane.js';
import { polynomialGenerator } from './generators/polynomial.js';
import { sineGenerator } from './generators/sine.js';
import { spiralGenerator } from './generators/spiral.js';
import { xorGenerator } from './generators/xor.js';
import { describe } from './schema.js';

/**
 * Every dataset generator by name, in the order the CLI and the docs list them (regression first, then
 * classification). Adding an entry here makes it appear in `neuronlab datasets`, `--dataset` and the docs' dropdowns.
 */
export const datasets: Readonly<Record<string, DatasetGenerator>> = Object.freeze(
  Object.fromEntries(
    [
      celsiusGenerator,
      linearGenerator,
      polynomialGenerator,
      sineGenerator,
      planeGenerator,
      gaussianBumpGenerator,
      xorGenerator,
      circlesGenerator,
      gaussGenerator,
      spiralGenerator,
      moonsGenerator,
      blobsGenerator,
    ].map((g) => [g.name, g]),
  ),
);

/** The registered generator names, in listing order. */
export const datasetNames: readonly string[] = Object.freeze(Object.keys(datasets));

/** The registry entry for `name`; throws a TypeError listing the valid names when there is none. */
function getDatasetGenerator(name: string, where = 'generateDataset'): DatasetGenerator {
  const generator = typeof name === 'string' && Object.hasOwn(datasets, name) ? datasets[name] : undefined;
  if (generator === undefined) {
    throw new TypeError(`${where}: unknown dataset, got ${describe(name)}. Valid names: ${datasetNames.join(', ')}.`);
  }
  return generator;
}

/**
 * Makes the dataset `name` with `options` (missing ones take their defaults) from `seed`.
 * Throws a TypeError for an unknown name or option and a RangeError for an out-of-range value.
 */
export function generateDataset(
  name: string,
  options: Readonly<Record<string, unknown>> = {},
  seed: number = DEFAULT_SEED,
): Dataset {
  return getDatasetGenerator(name).create(options, seed);
}

/** Makes a generated dataset again from its recipe, bit for bit. CSV recipes need `readCsvRecipe` from `/node`. */
export function regenerate(recipe: DatasetRecipe): Dataset {
  if (recipe.generator === 'csv') {
    throw new TypeError(
      `regenerate: a CSV recipe names a file, got ${describe(recipe.options.file)}. ` +
        `Read it again with readCsvRecipe(recipe) from '@neuronlab/data/node'.`,
    );
  }
  return getDatasetGenerator(recipe.generator, 'regenerate').create(recipe.options, recipe.seed ?? DEFAULT_SEED);
}

/**
 * What a dataset says about itself: column names, symbols, units and known truth. A generated dataset asks the
 * generator named in its recipe; a CSV (or a recipe from an unknown generator) has its header names, the symbols
 * x and y, no units and no known truth.
 */
export function datasetFacts(dataset: Pick<Dataset, 'featureNames' | 'targetNames' | 'recipe'>): DatasetFacts {
  const name = dataset.recipe.generator;
  if (name !== 'csv' && Object.hasOwn(datasets, name)) return datasets[name]!.facts(dataset);
  return {
    features: columnFacts(dataset.featureNames, 'x'),
    targets: columnFacts(dataset.targetNames, 'y'),
    truth: null,
  };
}
