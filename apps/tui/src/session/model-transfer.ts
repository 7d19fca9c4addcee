import type { LossName, ModelFile, NeuronGradient, Trainable } from '@neuronlab/core';
import {
  losses,
  NetworkModel,
  Neuron,
  networkModelFromModelFile,
  neuronFromModelFile,
  neuronToModelFile,
  sequentialToModelFile,
} from '@neuronlab/core';

/**
 * A model in a form that crosses to a worker thread by structured clone: its model file (the parameters as float64
 * numbers, so the copy is exact) plus the training settings a model file does not hold.
 */
export interface ModelTransfer {
  readonly file: ModelFile;
  /** The neuron's weight gradient (the tutorial's mistake trains differently). */
  readonly gradient?: NeuronGradient;
  /** The network's loss (a file only implies the default one for its output layer). */
  readonly loss?: LossName;
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
  if (t.file.architecture.kind === 'neuron')
    return neuronFromModelFile(t.file, t.gradient ? { gradient: t.gradient } : {});
  return networkModelFromModelFile(t.file, t.loss);
}
