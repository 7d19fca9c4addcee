import { type Phrase, phrase } from '@neuronlab/core';
import { LAB_PHRASES } from '../phrases.js';
import type { RunPlan } from '../plan.js';
import { formatNumber } from './format.js';
import { inputNames } from './input-names.js';

/**
 * How far from 0 a network's inputs may reach unnormalized before it is advised to normalize them: with the initial
 * weights' scale (about 1/√inputs), an input of a few units already puts tanh and sigmoid neurons on their flat ends,
 * where the gradient vanishes, and makes ReLU's steps outsized.
 */
const LARGEST_UNNORMALIZED = 5;

/**
 * Advice about how a planned run will train, as a sentence of lab's phrase book, or null: a network (not the
 * tutorial's neuron, whose lesson is to find the rate for raw inputs) fed unnormalized inputs that reach beyond
 * LARGEST_UNNORMALIZED.
 */
export function runAdvice(
  plan: Pick<RunPlan, 'recipe' | 'normalization' | 'train' | 'features' | 'rawTrain'>,
): Phrase | null {
  if (plan.recipe.model.kind !== 'mlp' || plan.normalization !== null) return null;
  const { x, inputDim } = plan.train;
  // the first input farthest from 0, with its sign, and its column
  let farthest = 0;
  let at = 0;
  for (let i = 0; i < x.length; i++) {
    if (Math.abs(x[i]!) > Math.abs(farthest)) {
      farthest = x[i]!;
      at = i;
    }
  }
  if (!(Math.abs(farthest) > LARGEST_UNNORMALIZED)) return null;
  const column = at % inputDim;
  const name = inputNames(plan)[column] ?? `x${column + 1}`;
  return phrase(LAB_PHRASES, 'normalizeInputs', formatNumber(farthest, 4), name);
}
