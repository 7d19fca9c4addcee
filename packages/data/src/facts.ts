/**
 * What a dataset knows about itself beyond its numbers: what each column is called, the symbol a formula writes for
 * it, its unit, and the relation the samples were drawn from when the generator knows one. Front ends ask for these
 * (`datasetFacts`) instead of recognising a dataset by name.
 */

/** How people read one column: `celsius`, written `C` in a formula, measured in `°C`. */
export interface ColumnFacts {
  /** The column's name, as in `featureNames` / `targetNames` (for a CSV: its header). */
  readonly name: string;
  /** A short symbol for formulas (`C`, `x`, `x1`). */
  readonly symbol: string;
  /** The unit (`°C`), or null when the values have none. */
  readonly unit: string | null;
}

/** A linear relation the samples come from: y = Σ weightsᵢ·xᵢ + bias (plus noise unless `exact`). */
export interface LinearTruth {
  /** One weight per feature. */
  readonly weights: readonly number[];
  readonly bias: number;
  /** True when every sample lies on the relation exactly (the generator added no noise). */
  readonly exact: boolean;
}

/** Everything a front end may say about a dataset's columns and its truth. */
export interface DatasetFacts {
  readonly features: readonly ColumnFacts[];
  readonly targets: readonly ColumnFacts[];
  /** The relation the data was drawn from, or null when none is known (CSV files, curves, classes). */
  readonly truth: LinearTruth | null;
}

/** A symbol and unit a generator declares for one column; the name comes from the data. */
export interface ColumnLabel {
  readonly symbol: string;
  readonly unit: string | null;
}

/** The default symbol of column `i` of `count`: `x` alone, else `x1`, `x2`, … */
function defaultSymbol(letter: string, i: number, count: number): string {
  return count === 1 ? letter : `${letter}${i + 1}`;
}

/** Column facts from names, with declared labels where given and default symbols and no unit elsewhere. */
export function columnFacts(
  names: readonly string[],
  letter: 'x' | 'y',
  labels: readonly ColumnLabel[] = [],
): ColumnFacts[] {
  return names.map((name, i) => ({
    name,
    symbol: labels[i]?.symbol ?? defaultSymbol(letter, i, names.length),
    unit: labels[i]?.unit ?? null,
  }));
}
