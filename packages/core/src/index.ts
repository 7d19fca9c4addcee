// The public entry of @neuronlab/core. Explicit named exports only: what is listed here is the API.
export type { Dataset, DatasetRecipe, RecipeValue, TaskKind } from './dataset.js';
export { DivergenceError, ModelFileError, ShapeError } from './errors.js';
export { Rng } from './rng.js';
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
export type { Batch, Optimizer, Param, Trainable } from './train/types.js';
