/**
 * Sequential networks to and from the model file format of io/model-file.ts (architecture `sequential`, parameters
 * `layers.i.weight` [in, units] then `layers.i.bias` [units]). Values are copied as float64, so the round trip is exact.
 */

import { phrase } from '../check/phrase.js';
import { ModelFileError } from '../errors.js';
import { MODEL_FILE_FORMAT, MODEL_FILE_VERSION, type ModelFile } from '../io/model-file.js';
import type { LossName } from '../losses/registry.js';
import { CORE_PHRASES } from '../phrases.js';
import { type ActivationName, activations } from './activations.js';
import { Dense } from './dense.js';
import { NetworkModel } from './network-model.js';
import { Sequential } from './sequential.js';

/** Optional parts of a model file written from a network. */
export interface SequentialFileOptions {
  /** How inputs and targets were normalized. @default { inputs: null, targets: null } */
  readonly normalization?: ModelFile['normalization'];
  /** How the model was trained (free JSON). @default {} */
  readonly recipe?: ModelFile['recipe'];
  /** Writer name. @default '@neuronlab/core' */
  readonly createdBy?: string;
}

/** A model file holding `network` (a Sequential, or the one inside a NetworkModel). */
export function sequentialToModelFile(
  network: Sequential | NetworkModel,
  options: SequentialFileOptions = {},
): ModelFile {
  const seq = network instanceof NetworkModel ? network.network : network;
  return {
    format: MODEL_FILE_FORMAT,
    version: MODEL_FILE_VERSION,
    architecture: seq.architecture(),
    parameters: seq.parameters().map((t) => ({ name: t.name, shape: [...t.shape], values: Array.from(t.data) })),
    normalization: options.normalization ?? { inputs: null, targets: null },
    recipe: options.recipe ?? {},
    createdBy: options.createdBy ?? '@neuronlab/core',
  };
}

/** Rebuilds the Sequential stored in a model file; a ModelFileError names the first field that does not fit. */
export function sequentialFromModelFile(file: ModelFile): Sequential {
  const arch = file.architecture;
  if (arch.kind !== 'sequential') {
    throw new ModelFileError(phrase(CORE_PHRASES, 'notSequential', arch.kind), 'architecture.kind');
  }
  if (file.parameters.length !== 2 * arch.layers.length) {
    throw new ModelFileError(
      phrase(CORE_PHRASES, 'blocksForLayers', arch.layers.length, file.parameters.length),
      'parameters',
    );
  }
  let inputDim = arch.inputDim;
  const layers = arch.layers.map((spec, i) => {
    if (!Object.hasOwn(activations, spec.activation)) {
      throw new ModelFileError(
        phrase(CORE_PHRASES, 'unknownActivation', spec.activation, Object.keys(activations)),
        `architecture.layers.${i}.activation`,
      );
    }
    const layer = new Dense({
      inputDim,
      units: spec.units,
      activation: spec.activation as ActivationName,
      name: `layers.${i}`,
    });
    fillBlock(file, 2 * i, layer.weight.name, layer.weight.shape, layer.weight.data);
    fillBlock(file, 2 * i + 1, layer.bias.name, layer.bias.shape, layer.bias.data);
    inputDim = spec.units;
    return layer;
  });
  return new Sequential(layers);
}

function fillBlock(file: ModelFile, k: number, name: string, shape: readonly number[], out: Float64Array): void {
  const block = file.parameters[k]!;
  if (block.name !== name) {
    throw new ModelFileError(phrase(CORE_PHRASES, 'blockName', k, name, block.name), `parameters.${k}.name`);
  }
  const same = block.shape.length === shape.length && block.shape.every((d, i) => d === shape[i]);
  if (!same || block.values.length !== out.length) {
    throw new ModelFileError(
      phrase(CORE_PHRASES, 'blockShape', name, shape, out.length, block.shape, block.values.length),
      `parameters.${k}.shape`,
    );
  }
  out.set(block.values);
}

/** The loss a network is trained on by default, from its output activation. */
function defaultLossFor(activation: string): LossName {
  if (activation === 'sigmoid') return 'binary-cross-entropy';
  if (activation === 'softmax') return 'softmax-cross-entropy';
  return 'mse';
}

/** A trainable NetworkModel from a model file; the loss defaults to the one its output activation calls for. */
export function networkModelFromModelFile(file: ModelFile, loss?: LossName): NetworkModel {
  const seq = sequentialFromModelFile(file);
  return new NetworkModel(seq, loss ?? defaultLossFor(seq.layers[seq.layers.length - 1]!.activation));
}
