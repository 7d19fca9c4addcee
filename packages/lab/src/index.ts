// The public entry of @neuronlab/lab. Explicit named exports only.
export { parseCliArgs, recipeToCliArgs, recipeToCommand } from './args.js';
export type { RecipeFlags } from './flags.js';
export { defaultModelKind, FLAG_NAMES, parseHidden, parseOption, recipeFromFlags } from './flags.js';
export type { PreparedRun, PrepareOverrides } from './prepare.js';
export { buildModel, prepareRun } from './prepare.js';
export type { ModelKind, ModelRecipe, NeuronGradient, NormalizeMode, Recipe } from './recipe.js';
export { defaultLoss, MLP_DEFAULTS, TUTORIAL_RECIPE } from './recipe.js';
export { LIMITS, MAX_HIDDEN_LAYERS, validateRecipe } from './validate.js';
export type { NumberRule } from './values.js';
export { describeRule, mustBe, parseNumber, showValue } from './values.js';
export { LAB_VERSION } from './version.js';
