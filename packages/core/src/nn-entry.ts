// @neuronlab/core/nn: networks of dense layers, and the registries a front end offers by name: activations, losses,
// optimizers, learning-rate schedules and initializers. Each concept has one path: build a network with
// createSequential, an optimizer with createOptimizer, a schedule with createSchedule; pick the rest by name.
// Explicit named exports only: what is listed here is the API.
export type { InitializerName } from './init/initializers.js';
export type { Loss, LossName } from './losses/registry.js';
export { losses, lossNames } from './losses/registry.js';
export type { ActivationName } from './nn/activations.js';
export { activationNames } from './nn/activations.js';
export type { Dense } from './nn/dense.js';
export type { InspectedLayer, InspectedStep, LayerValues } from './nn/network-model.js';
export { NetworkModel } from './nn/network-model.js';
export { createFollowUpNetwork, createNeuronNetwork } from './nn/presets.js';
export type { DenseSpec, LayerTrace, Sequential, SequentialOptions } from './nn/sequential.js';
export { createSequential } from './nn/sequential.js';
export type { OptimizerName, OptimizerSettings } from './optim/registry.js';
export { createOptimizer, optimizerNames } from './optim/registry.js';
export type { LrSchedule, ScheduleName, ScheduleSettings } from './optim/schedules.js';
export { createSchedule, scheduleNames } from './optim/schedules.js';
export type { Optimizer } from './train/types.js';
