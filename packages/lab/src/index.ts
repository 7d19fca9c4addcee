// The public entry of @neuronlab/lab. Explicit named exports only.
export { parseCliArgs, recipeToCliArgs, recipeToCommand } from './args.js';
export type { RecipeFlags } from './flags.js';
export { defaultModelKind, FLAG_NAMES, parseHidden, parseOption, recipeFromFlags } from './flags.js';
export type { PreparedRun, PrepareOverrides } from './prepare.js';
export { buildModel, prepareRun } from './prepare.js';
export { formatInt, formatNumber, formatPercent, formatRate } from './present/format.js';
export type { FormulaDigits, FormulaSymbols, FormulaTerms, Line } from './present/formula.js';
export { formatFormula, formulaSymbols, formulaTerms, learnedLine, truthLine } from './present/formula.js';
export type { LossPoint } from './present/loss-history.js';
export { LossHistory } from './present/loss-history.js';
export type { NeuronParams, ScalarParam } from './present/neuron-params.js';
export { neuronParams } from './present/neuron-params.js';
export type { ModelKind, ModelRecipe, NeuronGradient, NormalizeMode, Recipe } from './recipe.js';
export { defaultLoss, MLP_DEFAULTS, TUTORIAL_RECIPE } from './recipe.js';
export { LIMITS, MAX_HIDDEN_LAYERS, validateRecipe } from './validate.js';
export type { NumberRule } from './values.js';
export { describeRule, mustBe, parseNumber, showValue } from './values.js';
export { LAB_VERSION } from './version.js';
