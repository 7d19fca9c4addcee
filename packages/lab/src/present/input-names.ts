import { featureNamed } from '@neuronlab/core';
import type { RunPlan } from '../plan.js';

/** The names a generator gives its two inputs, which features are written over as x₁ and x₂. */
const GENERATOR_INPUTS = ['x1', 'x2'];

/**
 * A feature (one of FEATURE_NAMES) as a page shows it: over x₁ and x₂ for a generator's inputs (`x₁²`, `sin x₁`),
 * over the data's own column names otherwise (`weight²`, `sin height`, `weight·height`), so a CSV's input reads as
 * what it is.
 */
export function featureLabel(name: string, columns: readonly string[]): string {
  const f = featureNamed(name);
  const [a, b] = columns;
  if (a === undefined || b === undefined || (a === GENERATOR_INPUTS[0] && b === GENERATOR_INPUTS[1])) return f.label;
  const t = f.term;
  const column = (i: number) => (i === 0 ? a : b);
  if (t.op === 'input') return column(t.input);
  if (t.op === 'square') return `${column(t.input)}²`;
  if (t.op === 'sin') return `sin ${column(t.input)}`;
  return `${a}·${b}`;
}

/**
 * What each of a run's model inputs is called, in order: its features as a page shows them (featureLabel) when the
 * recipe makes some, else the data's own columns (a CSV's headers, a generator's `x1`, `x2`).
 */
export function inputNames(plan: Pick<RunPlan, 'features' | 'rawTrain'>): string[] {
  const { features } = plan;
  if (features === null) return [...plan.rawTrain.featureNames];
  return features.map((name) => featureLabel(name, plan.rawTrain.featureNames));
}
