// @neuronlab/core: the tutorial's neuron, the trainer and its events, model files, seeds and deterministic math,
// errors, the validation vocabulary, the gradient check and the neuron's diagnostics. Tensors and ops are at
// @neuronlab/core/tensor; layers, losses, optimizers and their registries at @neuronlab/core/nn.
// Explicit named exports only: what is listed here is the API.
export type { GradCheckOptions, GradCheckParam, GradCheckResult } from './check/grad-check.js';
export { gradCheck } from './check/grad-check.js';
export type { Phrase, PhraseBook } from './check/phrase.js';
export { phrase, phraseError, phraseOf } from './check/phrase.js';
export type { BadValueError, BadValueParts, Expected, Label, NumberRule } from './check/rules.js';
export {
  badValue,
  badValueOf,
  checkChoice,
  checkNumber,
  describeExpected,
  describeRule,
  parseNumber,
  showValue,
} from './check/rules.js';
export type { Dataset, DatasetRecipe, RecipeValue, TaskKind } from './dataset.js';
export { DivergenceError, ModelFileError, ShapeError } from './errors.js';
export type { Feature, FeatureTerm } from './features/features.js';
export { checkFeatures, FEATURE_NAMES, FEATURES, featureNamed } from './features/features.js';
export type { JsonValue, LayerSpec, ModelFile, Normalization } from './io/model-file.js';
export { MODEL_FILE_MAX_BYTES, MODEL_FILE_MAX_VALUES } from './io/model-file.js';
export type { ParseModelFileOptions } from './io/parse.js';
export { parseModelFile } from './io/parse.js';
export { serializeModelFile } from './io/serialize.js';
export { validateModelFile } from './io/validate.js';
export type { DetMathName } from './math/det-math.js';
export { detMath } from './math/det-math.js';
export { accuracy, r2Score, toClasses } from './metrics/metrics.js';
export type { HessianEigenvalues, NeuronOptimum } from './neuron/diagnostics.js';
export { leastSquaresOptimum, neuronHessianEigenvalues, stableLearningRate } from './neuron/diagnostics.js';
export type { NeuronInit, NeuronOptions } from './neuron/neuron.js';
export { createNeuron, Neuron, TUTORIAL_DEFAULTS } from './neuron/neuron.js';
export type { NeuronFileOptions } from './neuron/neuron-file.js';
export { neuronFromModelFile, neuronToModelFile } from './neuron/neuron-file.js';
export type { NeuronGradient, NeuronGradients } from './neuron/neuron-math.js';
export { meanSquaredError, neuronBackward, neuronForward } from './neuron/neuron-math.js';
export type { SequentialFileOptions } from './nn/model-file.js';
export { networkModelFromModelFile, sequentialFromModelFile, sequentialToModelFile } from './nn/model-file.js';
export type { LrSchedule } from './optim/schedules.js';
export { CORE_PHRASES } from './phrases.js';
export { Rng, SEED_RULE } from './rng.js';
export type {
  AdamParts,
  LayerStep,
  NetworkStep,
  NeuronStep,
  OptimizerStep,
  ParamUpdate,
  StepPlace,
  StepTrace,
} from './step/step-trace.js';
export type { TraceStepOptions } from './step/trace-step.js';
export { traceStep } from './step/trace-step.js';
export { excerpt, quote, visible } from './text/visible.js';
export type {
  DoneEvent,
  ErrorEvent,
  MetricsReport,
  ParamReport,
  ProgressEvent,
  StartEvent,
  StopReason,
  TrainEvent,
} from './train/events.js';
export type { AbortSignalLike, TrainData, TrainOptions } from './train/options.js';
export { fit, train, trainSync } from './train/train.js';
export { Trainer } from './train/trainer.js';
export type { Batch, Param, Trainable } from './train/types.js';
