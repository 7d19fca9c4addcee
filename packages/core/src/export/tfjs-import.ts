/**
 * A TensorFlow.js Layers model (model.json + its weights) as a neuronlab model file. Only what a neuronlab network
 * is can come in: a Sequential of Dense layers with a linear, relu, tanh, sigmoid or softmax activation, where an
 * Activation layer or a LeakyReLU layer (alpha 0.01) may follow a linear Dense layer and an InputLayer may lead.
 * Anything else is a TypeError naming the layer and why.
 */
import { type Phrase, phrase, phraseError } from '../check/phrase.js';
import { MODEL_FILE_FORMAT, MODEL_FILE_VERSION, type ModelFile, type ModelParameter } from '../io/model-file.js';
import { validateModelFile } from '../io/validate.js';
import type { ActivationName } from '../nn/activations.js';
import { CORE_PHRASES } from '../phrases.js';

/** Options of importTfjs. */
export interface TfjsImportOptions {
  /** Writer name stored in the file. @default '@neuronlab/core' */
  readonly createdBy?: string;
}

type Json = Record<string, unknown>;

const ACTIVATIONS: Record<string, ActivationName> = {
  linear: 'linear',
  relu: 'relu',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  softmax: 'softmax',
};
function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Book = typeof CORE_PHRASES;

/** Throws the TypeError whose message is the sentence `problem` of core's phrase book. */
function bad<K extends keyof Book>(problem: K, ...values: Parameters<Book[K]>): never {
  throw phraseError(TypeError, phrase(CORE_PHRASES, problem, ...values));
}

/** The layer list of a Sequential topology (tfjs writes `config.layers`; older Keras files a bare list). */
function sequentialLayers(json: unknown): Json[] {
  if (!isObject(json)) bad('tfjsNotObject');
  let topology = json.modelTopology;
  if (isObject(topology) && isObject(topology.model_config)) topology = topology.model_config;
  if (!isObject(topology)) bad('tfjsNoTopology');
  const kind = topology.class_name;
  if (kind !== 'Sequential') bad('tfjsNotSequential', JSON.stringify(kind));
  const config = topology.config;
  const layers = Array.isArray(config) ? config : isObject(config) ? config.layers : undefined;
  if (!Array.isArray(layers) || !layers.every(isObject)) bad('tfjsNoLayers');
  return layers as Json[];
}

/** Weight arrays by name, read from the manifest's float32 entries laid end to end in `data`. */
function readWeights(json: Json, data: Uint8Array): Map<string, { shape: number[]; values: number[] }> {
  const manifest = json.weightsManifest;
  if (!Array.isArray(manifest)) bad('tfjsNoManifest');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out = new Map<string, { shape: number[]; values: number[] }>();
  let offset = 0;
  for (const group of manifest as Json[]) {
    for (const spec of (group.weights ?? []) as Json[]) {
      const shape = spec.shape as number[];
      const count = shape.reduce((a, b) => a * b, 1);
      if ((spec.dtype ?? 'float32') !== 'float32' || spec.quantization !== undefined) {
        bad('tfjsWeightType', JSON.stringify(spec.name), String(spec.dtype), Boolean(spec.quantization));
      }
      if (offset + 4 * count > data.byteLength) {
        bad('tfjsWeightsShort', data.byteLength, JSON.stringify(spec.name));
      }
      const values = Array.from({ length: count }, (_, i) => view.getFloat32(offset + 4 * i, true));
      out.set(String(spec.name), { shape, values });
      offset += 4 * count;
    }
  }
  return out;
}

interface Layer {
  /** The layer as an error names it (core's tfjsLayer). */
  readonly name: Phrase;
  activation: ActivationName;
  readonly weight: { shape: number[]; values: number[] };
  readonly bias: { shape: number[]; values: number[] } | null;
}

function layerName(layer: Json, i: number): Phrase {
  const config = isObject(layer.config) ? layer.config : {};
  return phrase(CORE_PHRASES, 'tfjsLayer', i + 1, JSON.stringify(config.name ?? '?'), String(layer.class_name));
}

/** Folds a following Activation or LeakyReLU layer into the Dense layer before it. */
function setActivation(prev: Layer | undefined, activation: ActivationName, where: Phrase): void {
  if (prev === undefined || prev.activation !== 'linear') bad('tfjsNotAfterDense', where);
  prev.activation = activation;
}

function activationOf(name: unknown, where: Phrase): ActivationName {
  const activation = ACTIVATIONS[String(name ?? 'linear')];
  if (activation === undefined) bad('tfjsActivation', where, JSON.stringify(name), Object.keys(ACTIVATIONS));
  return activation;
}

function readLayers(specs: Json[], weights: Map<string, { shape: number[]; values: number[] }>): Layer[] {
  const layers: Layer[] = [];
  specs.forEach((spec, i) => {
    const where = layerName(spec, i);
    const config = (isObject(spec.config) ? spec.config : {}) as Json;
    switch (spec.class_name) {
      case 'InputLayer':
        if (layers.length > 0) bad('tfjsInputNotFirst', where);
        return;
      case 'Dense': {
        const name = String(config.name);
        const weight = weights.get(`${name}/kernel`);
        if (weight === undefined) bad('tfjsNoKernel', where, name);
        const useBias = config.use_bias !== false;
        const bias = useBias ? (weights.get(`${name}/bias`) ?? bad('tfjsNoBias', where, name)) : null;
        layers.push({ name: where, activation: activationOf(config.activation, where), weight, bias });
        return;
      }
      case 'Activation':
        setActivation(layers.at(-1), activationOf(config.activation, where), where);
        return;
      case 'LeakyReLU':
        // tfjs writes alpha as the float32 nearest 0.01, or as 0.01 itself
        if (config.alpha !== 0.01 && config.alpha !== Math.fround(0.01)) {
          bad('tfjsAlpha', where, JSON.stringify(config.alpha));
        }
        setActivation(layers.at(-1), 'leaky-relu', where);
        return;
      default:
        bad('tfjsUnsupported', where);
    }
  });
  if (layers.length === 0) bad('tfjsNoDense');
  return layers;
}

/** A neuronlab model file from a TensorFlow.js Layers model.json (parsed) and its weights files' bytes in order. */
export function importTfjs(modelJson: unknown, weightData: Uint8Array, options: TfjsImportOptions = {}): ModelFile {
  const specs = sequentialLayers(modelJson);
  const layers = readLayers(specs, readWeights(modelJson as Json, weightData));
  const inputDim = layers[0]!.weight.shape[0]!;
  const parameters: ModelParameter[] = [];
  let inputs = inputDim;
  layers.forEach((layer, i) => {
    const [rows, units] = layer.weight.shape as [number, number];
    if (layer.weight.shape.length !== 2 || rows !== inputs) {
      bad('tfjsKernelShape', layer.name, layer.weight.shape, inputs);
    }
    parameters.push({ name: `layers.${i}.weight`, shape: [rows, units], values: layer.weight.values });
    parameters.push({
      name: `layers.${i}.bias`,
      shape: [units],
      values: layer.bias?.values ?? new Array(units).fill(0),
    });
    inputs = units;
  });
  const json = modelJson as Json;
  return validateModelFile({
    format: MODEL_FILE_FORMAT,
    version: MODEL_FILE_VERSION,
    architecture: {
      kind: 'sequential',
      inputDim,
      layers: layers.map((l, i) => ({ units: parameters[2 * i + 1]!.shape[0]!, activation: l.activation })),
    },
    parameters,
    normalization: { inputs: null, targets: null },
    recipe: {
      importedFrom: 'tensorflow.js',
      generatedBy: typeof json.generatedBy === 'string' ? json.generatedBy : null,
    },
    createdBy: options.createdBy ?? '@neuronlab/core',
  });
}
