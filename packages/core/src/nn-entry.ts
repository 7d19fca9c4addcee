// @neuronlab/core/nn: layers and networks, and the registries a front end offers by name: activations, losses,
// optimizers, learning-rate schedules and initializers. Explicit named exports only: what is listed here is the API.
export type { Initializer, InitializerName } from './init/initializers.js';
export { getInitializer, initializers } from './init/initializers.js';
export { binaryCrossEntropyWithLogits, softmaxCrossEntropyWithLogits } from './losses/cross-entropy.js';
export type { Loss, LossName } from './losses/registry.js';
export { getLoss, losses, lossNames } from './losses/registry.js';
export { huber, mae, mse } from './losses/regression.js';
export type { Activation, ActivationName } from './nn/activations.js';
export { activationNames, activations, getActivation } from './nn/activations.js';
export type { DenseOptions } from './nn/dense.js';
export { Dense } from './nn/dense.js';
export { NetworkModel } from './nn/network-model.js';
export { createFollowUpNetwork, createNeuronNetwork } from './nn/presets.js';
export type { DenseSpec, SequentialOptions } from './nn/sequential.js';
export { createSequential, Sequential } from './nn/sequential.js';
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
export type { Optimizer } from './train/types.js';
