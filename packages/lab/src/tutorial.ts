import { recipeFromFlags } from './flags.js';
import type { ValidRecipe } from './recipe.js';

/** The tutorial's experiment: the recipe table's defaults (celsius data, one neuron, SGD at core's tutorial settings). */
export const TUTORIAL_RECIPE: ValidRecipe = recipeFromFlags({});
