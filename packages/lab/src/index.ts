// The public entry of @neuronlab/lab: recipes (flags ↔ recipe ↔ JSON ↔ CLI words, all made from one table), the run
// plan made from a recipe, presentation facts the front ends share, and the packages' phrase books worded in
// Japanese. Explicit named exports only.
export { parseCliArgs, recipeToCliArgs, recipeToCommand, shellLine } from './args.js';
export { checkClassLabels, MAX_HIDDEN_LAYERS, parseOption } from './field-checks.js';
export type { FlagSpec, HelpParts, HelpWords, RecipeFlags } from './field-kinds.js';
export { HELP_WORDS_EN, helpText } from './field-kinds.js';
export { RECIPE_FLAGS } from './fields.js';
export type { FlagContext } from './flags.js';
export { recipeFromFlags } from './flags.js';
export { LAB_PHRASES } from './phrases.js';
export type { InputPrep, LiveRun, ModelPlan, PlanOverrides, RunPlan, TrainingPlan } from './plan.js';
export { materializeRun, modelInputs, planRun, predictRaw } from './plan.js';
export type { BucketKeep, SeriesPoints } from './present/bounded-series.js';
export { BoundedSeries } from './present/bounded-series.js';
export { formatInt, formatNumber, formatPercent, formatRate } from './present/format.js';
export type { FormulaDigits, FormulaSymbols, FormulaTerms, Line } from './present/formula.js';
export { formatFormula, formulaSymbols, formulaTerms, learnedLine, truthLine } from './present/formula.js';
export { featureLabel, inputNames } from './present/input-names.js';
export type { LossPoint } from './present/loss-history.js';
export { LossHistory } from './present/loss-history.js';
export type { NeuronParams, ScalarParam } from './present/neuron-params.js';
export { neuronParams } from './present/neuron-params.js';
export { runAdvice } from './present/run-advice.js';
export type { ModelKind, ModelRecipe, NormalizeMode, Recipe, ValidRecipe } from './recipe.js';
export { datasetLabel, hiddenActivations } from './recipe.js';
export { TUTORIAL_RECIPE } from './tutorial.js';
export { validateRecipe } from './validate.js';
export { csvOptionPhrasesJa, DATA_PHRASES_JA } from './words/data-phrases-ja.js';
export type { ErrorWords } from './words/error-words.js';
export { ERROR_WORDS_EN, ERROR_WORDS_JA, wordError } from './words/error-words.js';
export { wordPhrase } from './words/word-phrase.js';
