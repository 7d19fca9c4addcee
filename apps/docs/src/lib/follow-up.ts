/**
 * The follow-up network of the layers page: lab's `follow-up` recipe (1 → 2 → 1, 7 parameters, the Celsius data),
 * one step of it spelled out by core's `traceStep` (the same function behind `neuronlab step`), and the one straight
 * line that the trained linear network draws. Nothing here does the network's arithmetic itself.
 */
import { type NetworkStep, traceStep } from '@neuronlab/core';
import { type LiveRun, materializeRun, planRun, recipeFromFlags, type ValidRecipe } from '@neuronlab/lab';

/** The hidden activations the demo offers: the tutorial's linear one, and tanh to show what a bend does. */
export type HiddenActivation = 'linear' | 'tanh';

/** The recipe of `neuronlab step --model follow-up [--activation tanh]`, every other setting at its default. */
export function followUpRecipe(hidden: HiddenActivation): ValidRecipe {
  return recipeFromFlags({ model: 'follow-up', activation: hidden });
}

/** A fresh run of the recipe: the model at its seeded start, the data and the trainer's options. */
export function followUpRun(recipe: ValidRecipe): LiveRun {
  return materializeRun(planRun(recipe));
}

/** The step after `at` epochs, following `sample`: exactly what `neuronlab step --at <at> --sample <sample>` prints. */
export function followUpStep(recipe: ValidRecipe, at: number, sample: number): NetworkStep {
  const run = followUpRun(recipe);
  return traceStep(run.model, run.data, { ...run.options, at, sample }) as NetworkStep;
}

/**
 * The 7 parameters under the names the page uses: hidden neuron j computes hⱼ = wⱼ·C + bⱼ, the output
 * F = v₁·h₁ + v₂·h₂ + c. `blocks` are the network's parameter blocks in `params()` order (W₁, b₁, W₂, b₂).
 */
export interface SevenParams {
  readonly w1: number;
  readonly w2: number;
  readonly b1: number;
  readonly b2: number;
  readonly v1: number;
  readonly v2: number;
  readonly c: number;
}

/** Names the 7 values of the follow-up network's parameter blocks; a RangeError for any other shape. */
export function sevenParams(blocks: readonly (readonly number[])[]): SevenParams {
  const [w, b, v, c] = blocks;
  if (blocks.length !== 4 || w?.length !== 2 || b?.length !== 2 || v?.length !== 2 || c?.length !== 1) {
    const got = blocks.map((x) => x.length).join(', ');
    throw new RangeError(`sevenParams: needs blocks of 2, 2, 2 and 1 values, got ${got}. Pass a 1-2-1 network's.`);
  }
  return { w1: w[0]!, w2: w[1]!, b1: b[0]!, b2: b[1]!, v1: v[0]!, v2: v[1]!, c: c[0]! };
}

/**
 * The single line a linear 1-2-1 network is: substituting hⱼ into F gives
 * F = (w₁·v₁ + w₂·v₂)·C + (v₁·b₁ + v₂·b₂ + c). Only true when the hidden layer is linear.
 */
export function composedLine(p: SevenParams): { readonly slope: number; readonly intercept: number } {
  return { slope: p.w1 * p.v1 + p.w2 * p.v2, intercept: p.v1 * p.b1 + p.v2 * p.b2 + p.c };
}
