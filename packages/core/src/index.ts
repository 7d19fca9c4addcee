// The public entry of @neuronlab/core. Explicit named exports only: what is listed here is the API.
export { isGradEnabled, noGrad } from './autograd.js';
export type { GradCheckOptions, GradCheckParam, GradCheckResult } from './check/grad-check.js';
export { gradCheck } from './check/grad-check.js';
export type { NumberRule } from './check/rules.js';
export { checkChoice, checkNumber, describeRule, mustBe, parseNumber, satisfies, showValue } from './check/rules.js';
export type { Dataset, DatasetRecipe, RecipeValue, TaskKind } from './dataset.js';
export { DivergenceError, ModelFileError, ShapeError } from './errors.js';
export type { Initializer, InitializerName } from './init/initializers.js';
export { getInitializer, initializers } from './init/initializers.js';
export type {
  Architecture,
  JsonValue,
  LayerSpec,
  ModelFile,
  ModelParameter,
  Normalization,
} from './io/model-file.js';
export {
  MODEL_FILE_FORMAT,
  MODEL_FILE_MAX_BYTES,
  MODEL_FILE_MAX_DEPTH,
  MODEL_FILE_MAX_VALUES,
  MODEL_FILE_VERSION,
} from './io/model-file.js';
export type { ParseModelFileOptions } from './io/parse.js';
export { parseModelFile } from './io/parse.js';
export { serializeModelFile } from './io/serialize.js';
export { validateModelFile } from './io/validate.js';
export type { MatmulOptions } from './kernels/matmul.js';
export { matmulInto } from './kernels/matmul.js';
export { binaryCrossEntropyWithLogits, softmaxCrossEntropyWithLogits } from './losses/cross-entropy.js';
export type { Loss, LossName } from './losses/registry.js';
export { getLoss, losses, lossNames } from './losses/registry.js';
export { huber, mae, mse } from './losses/regression.js';
export type { DetMathName } from './math/det-math.js';
export { detMath } from './math/det-math.js';
export { accuracy, r2Score } from './metrics/metrics.js';
export type { HessianEigenvalues, NeuronOptimum, OptimumDistance } from './neuron/diagnostics.js';
export {
  distanceFromOptimum,
  leastSquaresOptimum,
  neuronHessian,
  neuronHessianEigenvalues,
  stableLearningRate,
} from './neuron/diagnostics.js';
export type { NeuronInit, NeuronOptions } from './neuron/neuron.js';
export { createNeuron, Neuron, TUTORIAL_DEFAULTS } from './neuron/neuron.js';
export type { NeuronFileOptions } from './neuron/neuron-file.js';
export { neuronFromModelFile, neuronToModelFile } from './neuron/neuron-file.js';
export type { NeuronGradient, NeuronGradients } from './neuron/neuron-math.js';
export { meanSquaredError, neuronBackward, neuronForward } from './neuron/neuron-math.js';
export type { Activation, ActivationName } from './nn/activations.js';
export { activationNames, activations, getActivation } from './nn/activations.js';
export type { DenseOptions } from './nn/dense.js';
export { Dense } from './nn/dense.js';
export type { SequentialFileOptions } from './nn/model-file.js';
export {
  defaultLossFor,
  networkModelFromModelFile,
  sequentialFromModelFile,
  sequentialToModelFile,
} from './nn/model-file.js';
export { NetworkModel } from './nn/network-model.js';
export type { NetworkPreset } from './nn/presets.js';
export { createFollowUpNetwork, createNeuronNetwork, networkPresets } from './nn/presets.js';
export type { DenseSpec, SequentialOptions } from './nn/sequential.js';
export { createSequential, Sequential } from './nn/sequential.js';
export type { Operand } from './ops/arithmetic.js';
export { add, div, mul, sub } from './ops/arithmetic.js';
export { linear, matmul } from './ops/matmul.js';
export type { Axes } from './ops/reduce.js';
export { max, mean, sum } from './ops/reduce.js';
export { reshape, transpose } from './ops/shape.js';
export { logSoftmax, logSumExp, softmax } from './ops/softmax.js';
export { abs, exp, leakyRelu, log, neg, pow, relu, sigmoid, sqrt, tanh } from './ops/unary.js';
export type { AdamOptions } from './optim/adam.js';
export { Adam } from './optim/adam.js';
export type { MomentumOptions } from './optim/momentum.js';
export { Momentum } from './optim/momentum.js';
export type { OptimizerEntry, OptimizerName, OptimizerSettings } from './optim/registry.js';
export { createOptimizer, optimizerNames, optimizers } from './optim/registry.js';
export type { PenaltyOptions } from './optim/regularization.js';
export type { RmspropOptions } from './optim/rmsprop.js';
export { Rmsprop } from './optim/rmsprop.js';
export type { Schedule, ScheduleEntry, ScheduleName, ScheduleSettings } from './optim/schedules.js';
export { createSchedule, scheduleNames, schedules } from './optim/schedules.js';
export { Sgd } from './optim/sgd.js';
export { Rng, SEED_RULE } from './rng.js';
export type { Shape, TensorOptions } from './tensor.js';
export { ones, scalar, Tensor, tensor, zeros } from './tensor.js';
export { EXCERPT_CHARS, excerpt, quote, visible } from './text/visible.js';
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
export type { AbortSignalLike, LrSchedule, ResolvedOptions, TrainData, TrainOptions } from './train/options.js';
export { fit, train, trainSync } from './train/train.js';
export { Trainer } from './train/trainer.js';
export type { Batch, Optimizer, Param, Trainable } from './train/types.js';
