/**
 * Input features of 2-input data: the products and sines of x1 and x2 that a recipe may feed a model instead of (or
 * beside) the raw inputs, as TensorFlow Playground offers them. Each feature is written once, as a term that says what
 * it is (input i, the square of input i, the product x1·x2, the sine of input i): the data package computes it from
 * that term with `featureValue`, and every exporter writes the same term in its own format. Sines use detMath, so one
 * point gives the same feature in Node and every browser, bit for bit.
 */

import { phrase } from '../check/phrase.js';
import { badValue, checkChoice } from '../check/rules.js';
import { detMath } from '../math/det-math.js';
import { CORE_PHRASES } from '../phrases.js';

/** Which raw input a term reads: 0 for x1, 1 for x2. */
type InputIndex = 0 | 1;

/** What a feature is, in terms of the raw inputs x1 (index 0) and x2 (index 1). */
export type FeatureTerm =
  | { readonly op: 'input'; readonly input: InputIndex }
  | { readonly op: 'square'; readonly input: InputIndex }
  | { readonly op: 'product' }
  | { readonly op: 'sin'; readonly input: InputIndex };

/** One input feature: how the command line spells it, how a page shows it, and what it is. */
export interface Feature {
  /** The name in `--features` and the URL (`x1^2`). */
  readonly name: string;
  /** The name as a page shows it (`x₁²`). */
  readonly label: string;
  /** What the feature is, for computing it (featureValue) and for writing it in an exported model. */
  readonly term: FeatureTerm;
  /** The feature's value at one point: featureValue of its term. */
  of(x1: number, x2: number): number;
}

/** A term's value at (x1, x2): the one computation of every feature. */
function featureValue(term: FeatureTerm, x1: number, x2: number): number {
  switch (term.op) {
    case 'input':
      return term.input === 0 ? x1 : x2;
    case 'square':
      return term.input === 0 ? x1 * x1 : x2 * x2;
    case 'product':
      return x1 * x2;
    case 'sin':
      return detMath.sin(term.input === 0 ? x1 : x2);
  }
}

function feature(name: string, label: string, term: FeatureTerm): Feature {
  return { name, label, term, of: (x1, x2) => featureValue(term, x1, x2) };
}

/** Every input feature, in the order the flag's help and the docs list them. */
export const FEATURES: readonly Feature[] = [
  feature('x1', 'x₁', { op: 'input', input: 0 }),
  feature('x2', 'x₂', { op: 'input', input: 1 }),
  feature('x1^2', 'x₁²', { op: 'square', input: 0 }),
  feature('x2^2', 'x₂²', { op: 'square', input: 1 }),
  feature('x1x2', 'x₁x₂', { op: 'product' }),
  feature('sinx1', 'sin x₁', { op: 'sin', input: 0 }),
  feature('sinx2', 'sin x₂', { op: 'sin', input: 1 }),
];

/** Every feature name, for the recipe check and the `--features` flag alike. */
export const FEATURE_NAMES: readonly string[] = FEATURES.map((f) => f.name);

const BY_NAME = new Map(FEATURES.map((f) => [f.name, f]));

/** The feature named `name` (one of FEATURE_NAMES; check names with checkFeatures first). */
export function featureNamed(name: string): Feature {
  const found = BY_NAME.get(name);
  if (found === undefined) {
    throw badValue(RangeError, 'features', { oneOf: FEATURE_NAMES }, name);
  }
  return found;
}

/**
 * Checks a list of feature names: 1 to 7 names from FEATURE_NAMES, none twice. `label` names the value in the error
 * (`--features`, `recipe.features`).
 */
export function checkFeatures(label: string, value: unknown): string[] {
  const hint = phrase(CORE_PHRASES, 'featuresExample', 'x1,x2,x1^2', FEATURE_NAMES);
  if (!Array.isArray(value) || value.length < 1 || value.length > FEATURES.length) {
    throw badValue(TypeError, label, phrase(CORE_PHRASES, 'featureList', FEATURES.length), value, hint);
  }
  const names = value.map((v, i) => checkChoice(`${label}[${i}]`, v, FEATURE_NAMES, hint));
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw badValue(RangeError, label, phrase(CORE_PHRASES, 'noRepeats'), twice, hint);
  return names;
}
