import { checkNumber, type Dataset, Rng, SEED_RULE, type TaskKind } from '@neuronlab/core';
import { type ColumnLabel, columnFacts, type DatasetFacts, type LinearTruth } from './facts.js';
import { type OptionSchema, type OptionSpec, type ResolvedOptions, resolveOptions } from './schema.js';

/** The seed a generator uses when none is given. */
export const DEFAULT_SEED = 42;

/** A registry entry: everything the CLI and the docs need to list, describe and run one generator. */
export interface DatasetGenerator {
  /** Registry key, also `recipe.generator` (`spiral`). */
  readonly name: string;
  /** One line for `neuronlab datasets` and the docs' dropdown. */
  readonly description: string;
  readonly task: TaskKind;
  /** Every option with its kind, default and range. */
  readonly options: OptionSchema;
  /** Validates `options`, fills the defaults and makes the dataset from `seed`. */
  create(options?: Readonly<Record<string, unknown>>, seed?: number): Dataset;
  /** Names, symbols, units and truth of a dataset this generator made (read from its recipe's options). */
  facts(dataset: Pick<Dataset, 'featureNames' | 'targetNames' | 'recipe'>): DatasetFacts;
}

/** The columns a generator computes; `defineGenerator` adds n, the task and the recipe. */
export interface GeneratedColumns {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly inputDim: number;
  readonly outputDim: number;
  readonly featureNames: readonly string[];
  readonly targetNames: readonly string[];
}

/** What one generator file declares. */
export interface GeneratorDefinition<O> {
  readonly name: string;
  readonly description: string;
  readonly task: TaskKind;
  readonly options: { readonly [K in keyof Required<O>]: OptionSpec };
  /** Makes the columns from complete, validated options and a generator seeded for this call. */
  make(options: Required<O>, rng: Rng): GeneratedColumns;
  /** True when these options draw no random numbers, so the recipe records seed null. @default never */
  seedless?(options: Required<O>): boolean;
  /**
   * Symbols and units of the columns, in the order of the names `make` returns.
   * @default symbols x (x1, x2, … for several) and y, no units
   */
  readonly columns?: { readonly features?: readonly ColumnLabel[]; readonly targets?: readonly ColumnLabel[] };
  /** The linear relation the samples are drawn from, when there is one. @default none known */
  truth?(options: Required<O>): LinearTruth;
}

/** Turns a generator definition into a registry entry that validates options and records its recipe. */
export function defineGenerator<O>(definition: GeneratorDefinition<O>): DatasetGenerator {
  const { name, description, task } = definition;
  // frozen so that a caller cannot change a default or a range the CLI and the docs rely on
  const options: OptionSchema = Object.freeze(
    Object.fromEntries(
      Object.entries(definition.options as OptionSchema).map(([k, v]) => [k, Object.freeze({ ...v })]),
    ),
  );
  return Object.freeze({
    name,
    description,
    task,
    options,
    create(given = {}, seed = DEFAULT_SEED) {
      const resolved = resolveOptions(name, options, given) as ResolvedOptions & Required<O>;
      checkSeed('generateDataset', seed);
      const columns = definition.make(resolved, new Rng(seed));
      const seedless = definition.seedless?.(resolved) ?? false;
      return {
        ...columns,
        n: columns.x.length / columns.inputDim,
        task,
        recipe: { generator: name, options: resolved, seed: seedless ? null : seed },
      };
    },
    facts({ featureNames, targetNames, recipe }: Pick<Dataset, 'featureNames' | 'targetNames' | 'recipe'>) {
      const resolved = resolveOptions(name, options, recipe.options) as ResolvedOptions & Required<O>;
      return {
        features: columnFacts(featureNames, 'x', definition.columns?.features),
        targets: columnFacts(targetNames, 'y', definition.columns?.targets),
        truth: definition.truth?.(resolved) ?? null,
      };
    },
  });
}

/** Throws unless `seed` is an integer an Rng accepts (core's SEED_RULE): a TypeError for a non-number, else a RangeError. */
export function checkSeed(where: string, seed: unknown): asserts seed is number {
  checkNumber(`${where}: seed`, seed, SEED_RULE);
}

/** The `count` option shared by the generators. */
export function countOption(defaultCount: number, min = 1): OptionSpec {
  return { type: 'integer', default: defaultCount, min, max: 1_000_000, description: 'Number of samples.' };
}

/** A `noise` option: the standard deviation of Gaussian noise, from 0 to `max`. */
export function noiseOption(defaultNoise: number, max: number, description: string): OptionSpec {
  return { type: 'number', default: defaultNoise, min: 0, max, description };
}
