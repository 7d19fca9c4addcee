import { datasetNames, datasets } from '@neuronlab/data';
import {
  parseCliArgs,
  type Recipe,
  recipeFromFlags,
  recipeToCliArgs,
  type ValidRecipe,
  validateRecipe,
} from '@neuronlab/lab';
import { type SalvagedRecipe, salvageRecipe } from './url-recipe';

/** The generators the playground offers: the classification sets, whose samples are points in the plane. */
export function playgroundDatasets(): string[] {
  return datasetNames.filter((name) => datasets[name]!.task !== 'regression');
}

/**
 * What the playground shows first: a spiral, two small tanh layers on standardized inputs, Adam, 30% of the points
 * held out — at least 95% of those right after 300 epochs, whatever the seed (example-recipes.test.ts).
 */
export const PLAYGROUND_DEFAULT: ValidRecipe = recipeFromFlags({
  dataset: 'spiral',
  normalize: 'standardize',
  testSplit: '0.3',
  lr: '0.03',
  epochs: '300',
  hidden: '8,8',
  activation: 'tanh',
});

/**
 * The URL query for a recipe: the `neuronlab train` flags, one search parameter per flag (`?dataset=spiral&lr=0.03`),
 * so a shared link and the copied CLI command always describe the same run.
 */
export function recipeToSearch(recipe: Recipe): string {
  const args = recipeToCliArgs(recipe);
  const params = new URLSearchParams();
  for (let i = 0; i < args.length; i += 2) params.append(args[i]!.replace(/^--/, ''), args[i + 1]!);
  return params.toString();
}

/** Reads a recipe back from a URL query written by `recipeToSearch`; throws the CLI's own errors for bad values. */
export function recipeFromSearch(search: string): ValidRecipe {
  const params = new URLSearchParams(search);
  const args: string[] = [];
  // `points` holds the points added on the map (see added-points.ts), which are data, not a recipe flag
  for (const [key, value] of params) if (key !== 'points') args.push(`--${key}`, value);
  return recipeFromFlags(parseCliArgs(args));
}

/**
 * The recipe in the URL, or the default when the URL holds none; a URL with some bad values keeps the good ones, and
 * `dropped` says which were dropped and why (url-recipe's droppedMessage makes the sentence).
 */
export function initialRecipe(search: string): SalvagedRecipe {
  if (new URLSearchParams(search).size === 0) return { recipe: PLAYGROUND_DEFAULT, dropped: [] };
  try {
    return { recipe: recipeFromSearch(search), dropped: [] };
  } catch {
    return salvageRecipe(search, PLAYGROUND_DEFAULT);
  }
}

/** The recipe with another dataset: that dataset's default options and the loss its task needs, the rest kept. */
export function withDataset(recipe: Recipe, name: string): ValidRecipe {
  const fresh = recipeFromFlags({ dataset: name });
  return validateRecipe({ ...recipe, dataset: fresh.dataset, loss: fresh.loss });
}
