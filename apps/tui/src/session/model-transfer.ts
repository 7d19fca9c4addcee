import type { LossName, ModelFile, Trainable } from '@neuronlab/core';
import { losses, NetworkModel, Neuron, neuronToModelFile, sequentialToModelFile } from '@neuronlab/core';
import { type ModelSettings, modelFromFile } from '../io/model-io.js';

/**
 * A model in a form that crosses to a worker thread by structured clone: its model file (the parameters as float64
 * numbers, so the copy is exact) plus the training settings a model file does not hold.
 */
export interface ModelTransfer extends ModelSettings {
  readonly file: ModelFile;
}

/** Packs a model for another thread; a TypeError for a model this CLI cannot make (say, a custom loss). */
export function modelTransfer(model: Trainable): ModelTransfer {
  if (model instanceof Neuron) return { file: neuronToModelFile(model), gradient: model.gradient };
  if (model instanceof NetworkModel) {
    const name = model.loss.name;
    if (!Object.hasOwn(losses, name) || losses[name as LossName] !== model.loss) {
      throw new TypeError(
        `train: cannot hand loss ${JSON.stringify(name)} to the training thread; it is not built in.`,
      );
    }
    return { file: sequentialToModelFile(model), loss: name as LossName };
  }
  throw new TypeError(`train: cannot hand a ${model.kind} model to the training thread.`);
}

/** Rebuilds the model `modelTransfer` packed, with the same parameters, bit for bit. */
export function modelFromTransfer(t: ModelTransfer): Trainable {
  return modelFromFile(t.file, t);
}
