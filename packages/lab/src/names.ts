import {
  activationNames as coreActivations,
  lossNames as coreLosses,
  optimizerNames as coreOptimizers,
} from '@neuronlab/core/nn';
import { datasetNames as generatorNames } from '@neuronlab/data';

/** Dataset generator names a recipe may use, from @neuronlab/data's registry. */
export function datasetNames(): readonly string[] {
  return generatorNames;
}

/** Hidden-layer activations: core's registry without softmax, which only makes sense on an output layer. */
export function activationNames(): readonly string[] {
  return coreActivations().filter((a) => a !== 'softmax');
}

/** Loss names from core's registry. */
export function lossNames(): readonly string[] {
  return coreLosses();
}

/** Optimizer names from core's registry. */
export function optimizerNames(): readonly string[] {
  return coreOptimizers();
}
