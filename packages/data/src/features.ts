/**
 * Input features of a 2-input dataset: the products and sines of x1 and x2 that a recipe may feed the model instead
 * of (or beside) the raw inputs, as TensorFlow Playground offers them. Sines come from core's detMath, so the same
 * point gives the same feature in Node and every browser, bit for bit.
 */
import { checkChoice, type Dataset, detMath, mustBe } from '@neuronlab/core';

/** One input feature: how the command line spells it, how a page shows it, and its value at (x1, x2). */
export interface Feature {
  /** The name in `--features` and the URL (`x1^2`). */
  readonly name: string;
  /** The name as a page shows it (`x₁²`). */
  readonly label: string;
  /** The feature's value at one point. */
  of(x1: number, x2: number): number;
}

/** Every input feature, in the order the flag's help and the docs list them. */
export const FEATURES: readonly Feature[] = [
  { name: 'x1', label: 'x₁', of: (x1) => x1 },
  { name: 'x2', label: 'x₂', of: (_, x2) => x2 },
  { name: 'x1^2', label: 'x₁²', of: (x1) => x1 * x1 },
  { name: 'x2^2', label: 'x₂²', of: (_, x2) => x2 * x2 },
  { name: 'x1x2', label: 'x₁x₂', of: (x1, x2) => x1 * x2 },
  { name: 'sinx1', label: 'sin x₁', of: (x1) => detMath.sin(x1) },
  { name: 'sinx2', label: 'sin x₂', of: (_, x2) => detMath.sin(x2) },
];

/** Every feature name, for the recipe check and the `--features` flag alike. */
export const FEATURE_NAMES: readonly string[] = FEATURES.map((f) => f.name);

const BY_NAME = new Map(FEATURES.map((f) => [f.name, f]));

/**
 * Checks a list of feature names: 1 to 7 names from FEATURE_NAMES, none twice. `label` names the value in the error
 * (`--features`, `recipe.features`).
 */
export function checkFeatures(label: string, value: unknown): string[] {
  const hint = `For example x1,x2,x1^2. Allowed: ${FEATURE_NAMES.join(', ')}.`;
  if (!Array.isArray(value) || value.length < 1 || value.length > FEATURES.length) {
    throw new TypeError(mustBe(label, `a list of 1 to ${FEATURES.length} feature names`, value, hint));
  }
  const names = value.map((v, i) => checkChoice(`${label}[${i}]`, v, FEATURE_NAMES, hint));
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new RangeError(mustBe(label, 'a list without repeats', twice, hint));
  return names;
}

/** The features of n points (x: n × 2 row-major), n × names.length row-major, in the order of `names`. */
export function featureValues(names: readonly string[], x: Float64Array, n: number): Float64Array {
  if (x.length !== 2 * n) {
    throw new RangeError(mustBe('featureValues: x', `n × 2 = ${2 * n} values (features need 2-input data)`, x.length));
  }
  const list = names.map((name) => BY_NAME.get(name)!);
  const k = list.length;
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const x1 = x[2 * i]!;
    const x2 = x[2 * i + 1]!;
    for (let j = 0; j < k; j++) out[i * k + j] = list[j]!.of(x1, x2);
  }
  return out;
}

/** A 2-input dataset with its inputs replaced by the named features; targets and everything else kept. */
export function withFeatures(names: readonly string[], data: Dataset): Dataset {
  if (data.inputDim !== 2) {
    const hint = 'Leave --features out for this dataset.';
    throw new RangeError(mustBe('features', 'used on data with 2 inputs', data.inputDim, hint));
  }
  return { ...data, x: featureValues(names, data.x, data.n), inputDim: names.length, featureNames: [...names] };
}
