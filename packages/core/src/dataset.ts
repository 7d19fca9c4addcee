/** What a dataset asks a model to do. */
export type TaskKind = 'regression' | 'binary' | 'multiclass';

/** JSON-friendly option values a generator or a CSV import accepts. */
export type RecipeValue = number | string | boolean | readonly (number | string)[];

/** How a dataset was made, so it can be made again exactly. */
export interface DatasetRecipe {
  /** Generator name from the data registry (`celsius`, `spiral`, ...) or `csv` for a file. */
  readonly generator: string;
  /** Every option the generator used, defaults included. */
  readonly options: Readonly<Record<string, RecipeValue>>;
  /** The seed, or null when the generator uses no randomness. */
  readonly seed: number | null;
}

/**
 * A table of samples shared by @neuronlab/data and @neuronlab/core.
 *
 * Features are `n × inputDim` and targets `n × outputDim`, both row-major float64. Regression targets are the
 * values; binary targets are one column of 0/1; multiclass targets are one-hot with one column per class.
 */
export interface Dataset {
  /** Number of samples. */
  readonly n: number;
  /** Number of features per sample. */
  readonly inputDim: number;
  /** Number of target columns per sample. */
  readonly outputDim: number;
  /** Features, row-major, length n × inputDim. */
  readonly x: Float64Array;
  /** Targets, row-major, length n × outputDim. */
  readonly y: Float64Array;
  /** Names of the feature columns (`celsius`, `x1`, ...). */
  readonly featureNames: readonly string[];
  /** Names of the target columns (`fahrenheit`, or one name per class). */
  readonly targetNames: readonly string[];
  /** Regression, binary or multiclass classification. */
  readonly task: TaskKind;
  /** How the dataset was produced. */
  readonly recipe: DatasetRecipe;
}
