/**
 * core's phrase book (see check/phrase.ts): the English of the hints its checks suggest, of the sentences that say
 * what a value had to be, and of every model-file problem. Errors carry the key and values; a front end words them in
 * its own language from a table of the same keys.
 */
import type { Phrase, PhraseBook } from './check/phrase.js';
import { describeRule, type NumberRule, showValue } from './check/rules.js';

/** The fix a model-file problem suggests unless it has a better one. */
const SAVE_AGAIN = 'Save the model again with neuronlab.';

/** A model-file field's value as an error shows it (core's showValue), or null when the field has none. */
type Shown = string | null;

/** A model-file field's problem: `model file: <field> <what>, got <value>. <fix>`; the root is `the file`. */
function fieldLine(field: string, what: string, shown: Shown, fix = SAVE_AGAIN): string {
  return `model file: ${field === '' ? 'the file' : field} ${what}, got ${shown ?? showValue(undefined)}. ${fix}`;
}

/** What a TensorFlow.js model must be to come in. */
const TFJS_SUPPORTED =
  'neuronlab models hold Dense layers only (plus InputLayer, Activation and LeakyReLU with alpha 0.01)';

/** A TensorFlow.js model that cannot be imported: `TensorFlow.js model: <what>`. */
function tfjsLine(what: string): string {
  return `TensorFlow.js model: ${what}`;
}

export const CORE_PHRASES = {
  // hints: the fix a bad value's line ends with
  wholeNumberSuchAs: (example: number) => `Use a whole number such as ${example}.`,
  valueSuchAs: (example: number) => `Use a value such as ${example}.`,
  samplesOrFull: (example: number) => `Use a whole number of samples such as ${example}, or 'full'.`,
  epochsSuchAs: (example: number) => `Use a whole number of epochs such as ${example}.`,
  epochsOrNone: () => 'Use a whole number of epochs, or 0 for none.',
  atLeastOneSample: () => 'Pass at least one sample.',
  epochBeforeLast: () => 'Pick an epoch before the last.',
  rowOfBatch: () => 'Pick a row of the batch.',
  featuresExample: (example: string, names: readonly string[]) =>
    `For example ${example}. Allowed: ${names.join(', ')}.`,

  // what a value had to be, when it is not a number rule or a list of names
  featureList: (most: number) => `a list of 1 to ${most} feature names`,
  noRepeats: () => 'a list without repeats',

  // a model file's fields (parseModelFile, validateModelFile, serializeModelFile): `shown` is the value as shown
  fileNotText: (field: string, shown: Shown) =>
    fieldLine(field, 'must be text', shown, 'Read the file as UTF-8 text first.'),
  fileNotJson: (field: string, shown: Shown) =>
    fieldLine(field, 'is not valid JSON', shown, 'The file is damaged or is not a model file.'),
  fileTooLarge: (field: string, shown: Shown, maxBytes: number) =>
    fieldLine(field, `is larger than ${maxBytes} bytes`, shown, 'Raise maxBytes if you trust it.'),
  fileTooDeep: (field: string, shown: Shown, levels: number) =>
    fieldLine(field, `nests deeper than ${levels} levels`, shown),
  fileWouldBeTooLarge: (field: string, shown: Shown, maxBytes: number) =>
    fieldLine(field, `would be larger than ${maxBytes} bytes`, shown, 'Shorten the recipe.'),
  fileNonFinite: (field: string, shown: Shown) => fieldLine(field, 'cannot hold a non-finite number', shown),
  fileNotJsonObject: (field: string, shown: Shown) => fieldLine(field, 'must be a JSON object', shown),
  fileFormat: (field: string, shown: Shown, format: string) =>
    fieldLine(field, `must be '${format}'`, shown, 'This is not a neuronlab model file.'),
  fileVersion: (field: string, shown: Shown, version: number) =>
    fieldLine(field, `must be ${version}`, shown, 'This file needs another version of neuronlab.'),
  fieldNotObject: (field: string, shown: Shown) => fieldLine(field, 'must be an object', shown),
  fieldUnknown: (field: string, shown: Shown, allowed: readonly string[]) =>
    fieldLine(field, 'is not a field of this format', shown, `Allowed: ${allowed.join(', ')}.`),
  fieldMissing: (field: string, shown: Shown) => fieldLine(field, 'is missing', shown),
  fieldNotArray: (field: string, shown: Shown) => fieldLine(field, 'must be an array', shown),
  fieldTooManyItems: (field: string, shown: Shown, most: number) =>
    fieldLine(field, `must have at most ${most} items`, shown),
  fieldNumber: (field: string, shown: Shown, rule: NumberRule) =>
    fieldLine(field, `must be ${describeRule(rule)}`, shown),
  fieldText: (field: string, shown: Shown, most: number) =>
    fieldLine(field, `must be a non-empty string of at most ${most} characters`, shown),
  fieldNumberCount: (field: string, shown: Shown, count: number) =>
    fieldLine(field, `must have ${count} numbers`, shown),
  fieldBlockCount: (field: string, shown: Shown, count: number) =>
    fieldLine(field, `must have ${count} blocks for this architecture`, shown),
  fieldArchitectureKind: (field: string, shown: Shown) => fieldLine(field, "must be 'neuron' or 'sequential'", shown),
  fieldNoLayers: (field: string, shown: Shown) => fieldLine(field, 'must have at least one layer', shown),
  fieldBlockName: (field: string, shown: Shown, name: string) =>
    fieldLine(field, `must be '${name}' for this architecture`, shown),
  fieldShape: (field: string, shown: Shown, shape: readonly number[]) =>
    fieldLine(field, `must be [${shape.join(', ')}] for this architecture`, shown),
  fieldTooManyValues: (field: string, shown: Shown, count: number, most: number) =>
    fieldLine(
      field,
      `needs ${count} numbers (parameters and normalization), more than the ${most} a model file holds`,
      shown,
      'Use fewer or narrower layers.',
    ),
  fieldNullOrObject: (field: string, shown: Shown) => fieldLine(field, 'must be null or an object', shown),
  fieldBelowMin: (field: string, shown: Shown, column: number, min: number) =>
    fieldLine(field, `must be >= min[${column}] = ${min}`, shown),
  fieldNormalizationKind: (field: string, shown: Shown) =>
    fieldLine(field, "must be 'standardize' or 'minmax' (or the whole field null)", shown),
  /** `spread` is `std`, or `max − min (<max> − <min>)` written out. */
  fieldSpread: (field: string, shown: Shown, spread: string, value: number) =>
    fieldLine(field, `gives ${spread} = ${value}, which must be 0 or a positive number with a finite inverse`, shown),
  fieldNotJson: (field: string, shown: Shown) =>
    fieldLine(field, 'must be JSON (null, boolean, number, string, array or object)', shown),
  fieldProtoKey: (field: string, shown: Shown) => fieldLine(field, 'is not allowed as a key', shown, 'Rename the key.'),

  // a valid model file whose parts do not fit together (rebuilding the model, exporting it)
  notSequential: (kind: string) =>
    `model file: architecture.kind must be 'sequential' for a network, got '${kind}'. Load it as a neuron instead.`,
  blocksForLayers: (layers: number, got: number) =>
    `model file: a ${layers}-layer network needs ${2 * layers} parameter blocks, got ${got}. The file is incomplete or edited.`,
  unknownActivation: (name: string, known: readonly string[]) =>
    `model file: unknown activation, got '${name}'. Use one of: ${known.join(', ')}.`,
  blockName: (k: number, name: string, got: string) => `model file: parameter ${k} must be '${name}', got '${got}'.`,
  blockShape: (name: string, shape: readonly number[], size: number, got: readonly number[], values: number) =>
    `model file: ${name} must have shape [${shape.join(',')}] and ${size} values, ` +
    `got [${got.join(',')}] and ${values}. The architecture and parameters disagree.`,
  notNeuron: (kind: string) =>
    `neuronFromModelFile: architecture.kind must be 'neuron', got '${kind}'. Load it as a sequential model.`,
  neuronBlocks: (blocks: number) =>
    `neuronFromModelFile: parameters must hold w and b, got ${blocks} blocks. Parse the file with parseModelFile.`,
  /** `why` is the message of the features' own check. */
  exportFeatures: (why: string) => `export: ${why}`,
  exportFeatureCount: (inputs: number, got: number) =>
    `export: recipe.features must name one feature per input of the first layer (${inputs}), got ${got}. The file is edited or damaged.`,
  exportActivation: (layer: number, name: string, known: readonly string[]) =>
    `export: layer ${layer} has an unknown activation, got '${name}'. Use one of: ${known.join(', ')}.`,
  exportLayerSize: (layer: number, inputs: number, units: number, weights: number, biases: number) =>
    `export: layer ${layer} needs ${inputs}×${units} weights and ${units} biases, got ${weights} and ${biases}. The architecture and parameters disagree.`,
  exportColumns: (which: string, columns: number, got: number) =>
    `export: normalization.${which} must have one entry per column (${columns}), got ${got}. The file is edited or damaged.`,

  // a TensorFlow.js model to import (importTfjs); `where` is a tfjsLayer
  tfjsLayer: (layer: number, name: string, kind: string) => `layer ${layer} ${name} (${kind})`,
  tfjsNotObject: () =>
    tfjsLine('model.json must be a JSON object, got something else. Give a TensorFlow.js model.json.'),
  tfjsNoTopology: () =>
    tfjsLine('model.json has no modelTopology. Give a TensorFlow.js Layers model (not a graph model).'),
  /** `kind` is the model's class name as JSON. */
  tfjsNotSequential: (kind: string) =>
    tfjsLine(`the model is a ${kind} model; ${TFJS_SUPPORTED}, in a Sequential model. Rebuild it with tf.sequential.`),
  tfjsNoLayers: () => tfjsLine('the Sequential model has no list of layers.'),
  tfjsNoManifest: () => tfjsLine('model.json has no weightsManifest. Save the model with its weights.'),
  tfjsWeightType: (name: string, dtype: string, quantized: boolean) =>
    tfjsLine(`weight ${name} is ${dtype}${quantized ? ', quantized' : ''}; only float32 weights can be imported.`),
  tfjsWeightsShort: (bytes: number, name: string) =>
    tfjsLine(
      `the weights files hold ${bytes} bytes, fewer than the manifest lists (weight ${name}). Give the complete weights.`,
    ),
  tfjsNotAfterDense: (where: Phrase) =>
    tfjsLine(`${where.text} must follow a Dense layer with a linear activation to be imported; ${TFJS_SUPPORTED}.`),
  tfjsActivation: (where: Phrase, name: string, known: readonly string[]) =>
    tfjsLine(
      `${where.text} has activation ${name}, which neuronlab does not have; it has ${known.join(', ')} and leaky-relu.`,
    ),
  tfjsInputNotFirst: (where: Phrase) => tfjsLine(`${where.text} is not the first layer.`),
  tfjsNoKernel: (where: Phrase, name: string) =>
    tfjsLine(`${where.text} has no weight "${name}/kernel" in the manifest. Give its weights.`),
  tfjsNoBias: (where: Phrase, name: string) => tfjsLine(`${where.text} has no weight "${name}/bias".`),
  tfjsAlpha: (where: Phrase, alpha: string) =>
    tfjsLine(`${where.text} has alpha ${alpha}; neuronlab's leaky relu has alpha 0.01.`),
  tfjsUnsupported: (where: Phrase) => tfjsLine(`${where.text} cannot be imported: ${TFJS_SUPPORTED}.`),
  tfjsNoDense: () => tfjsLine(`the model has no Dense layer; ${TFJS_SUPPORTED}.`),
  tfjsKernelShape: (where: Phrase, shape: readonly number[], inputs: number) =>
    tfjsLine(`${where.text} has a kernel of shape [${shape.join(',')}], expected [${inputs}, units].`),
} satisfies PhraseBook;
