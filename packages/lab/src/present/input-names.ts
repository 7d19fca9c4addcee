import { FEATURES } from '@neuronlab/data';
import type { RunPlan } from '../plan.js';

/**
 * What each of a run's model inputs is called, in order: its features as a page shows them (`x₁²`, `sin x₁`) when the
 * recipe makes some, else the data's own columns (a CSV's headers, a generator's `x1`, `x2`).
 */
export function inputNames(plan: Pick<RunPlan, 'features' | 'rawTrain'>): string[] {
  const { features } = plan;
  if (features === null) return [...plan.rawTrain.featureNames];
  return features.map((name) => FEATURES.find((f) => f.name === name)?.label ?? name);
}
