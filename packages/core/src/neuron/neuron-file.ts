import { phrase } from '../check/phrase.js';
import { ModelFileError } from '../errors.js';
import type { JsonValue, ModelFile, Normalization } from '../io/model-file.js';
import { MODEL_FILE_FORMAT, MODEL_FILE_VERSION } from '../io/model-file.js';
import { CORE_PHRASES } from '../phrases.js';
import { Neuron, type NeuronOptions } from './neuron.js';

/** What to store beside the neuron's parameters. */
export interface NeuronFileOptions {
  /** How inputs and targets were normalized. @default { inputs: null, targets: null } */
  readonly normalization?: { readonly inputs: Normalization; readonly targets: Normalization };
  /** The training recipe. @default {} */
  readonly recipe?: { readonly [key: string]: JsonValue };
  /** What wrote the file. @default '@neuronlab/core' */
  readonly createdBy?: string;
}

/** A model file holding the neuron's current w and b. */
export function neuronToModelFile(neuron: Neuron, options: NeuronFileOptions = {}): ModelFile {
  return {
    format: MODEL_FILE_FORMAT,
    version: MODEL_FILE_VERSION,
    architecture: { kind: 'neuron' },
    parameters: [
      { name: 'w', shape: [1], values: [neuron.w] },
      { name: 'b', shape: [1], values: [neuron.b] },
    ],
    normalization: options.normalization ?? { inputs: null, targets: null },
    recipe: options.recipe ?? {},
    createdBy: options.createdBy ?? '@neuronlab/core',
  };
}

/** A Neuron with the w and b of a parsed model file; a ModelFileError when the file holds another architecture. */
export function neuronFromModelFile(file: ModelFile, options: NeuronOptions = {}): Neuron {
  if (file.architecture.kind !== 'neuron') {
    throw new ModelFileError(phrase(CORE_PHRASES, 'notNeuron', file.architecture.kind), 'architecture.kind');
  }
  const value = (name: string) => file.parameters.find((p) => p.name === name)?.values[0];
  const w = value('w');
  const b = value('b');
  if (w === undefined || b === undefined) {
    throw new ModelFileError(phrase(CORE_PHRASES, 'neuronBlocks', file.parameters.length), 'parameters');
  }
  return new Neuron(w, b, options);
}
