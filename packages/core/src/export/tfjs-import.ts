/**
 * A TensorFlow.js Layers model (model.json + its weights) as a neuronlab model file. Only what a neuronlab network
 * is can come in: a Sequential of Dense layers with a linear, relu, tanh, sigmoid or softmax activation, where an
 * Activation layer or a LeakyReLU layer (alpha 0.01) may follow a linear Dense layer and an InputLayer may lead.
 * Anything else is a TypeError naming the layer and why.
 */
import { MODEL_FILE_FORMAT, MODEL_FILE_VERSION, type ModelFile, type ModelParameter } from '../io/model-file.js';
import { validateModelFile } from '../io/validate.js';
import type { ActivationName } from '../nn/activations.js';

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
const SUPPORTED = 'neuronlab models hold Dense layers only (plus InputLayer, Activation and LeakyReLU with alpha 0.01)';

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bad(what: string): never {
  throw new TypeError(`TensorFlow.js model: ${what}`);
}

/** The layer list of a Sequential topology (tfjs writes `config.layers`; older Keras files a bare list). */
function sequentialLayers(json: unknown): Json[] {
  if (!isObject(json)) bad('model.json must be a JSON object, got something else. Give a TensorFlow.js model.json.');
  let topology = json.modelTopology;
  if (isObject(topology) && isObject(topology.model_config)) topology = topology.model_config;
  if (!isObject(topology))
    bad('model.json has no modelTopology. Give a TensorFlow.js Layers model (not a graph model).');
  const kind = topology.class_name;
  if (kind !== 'Sequential') {
    bad(
      `the model is a ${JSON.stringify(kind)} model; ${SUPPORTED}, in a Sequential model. Rebuild it with tf.sequential.`,
    );
  }
  const config = topology.config;
  const layers = Array.isArray(config) ? config : isObject(config) ? config.layers : undefined;
  if (!Array.isArray(layers) || !layers.every(isObject)) bad('the Sequential model has no list of layers.');
  return layers as Json[];
}

/** Weight arrays by name, read from the manifest's float32 entries laid end to end in `data`. */
function readWeights(json: Json, data: Uint8Array): Map<string, { shape: number[]; values: number[] }> {
  const manifest = json.weightsManifest;
  if (!Array.isArray(manifest)) bad('model.json has no weightsManifest. Save the model with its weights.');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out = new Map<string, { shape: number[]; values: number[] }>();
  let offset = 0;
  for (const group of manifest as Json[]) {
    for (const spec of (group.weights ?? []) as Json[]) {
      const shape = spec.shape as number[];
      const count = shape.reduce((a, b) => a * b, 1);
      if ((spec.dtype ?? 'float32') !== 'float32' || spec.quantization !== undefined) {
        bad(
          `weight ${JSON.stringify(spec.name)} is ${String(spec.dtype)}${spec.quantization ? ', quantized' : ''}; only float32 weights can be imported.`,
        );
      }
      if (offset + 4 * count > data.byteLength) {
        bad(
          `the weights files hold ${data.byteLength} bytes, fewer than the manifest lists (weight ${JSON.stringify(spec.name)}). Give the complete weights.`,
        );
      }
      const values = Array.from({ length: count }, (_, i) => view.getFloat32(offset + 4 * i, true));
      out.set(String(spec.name), { shape, values });
      offset += 4 * count;
    }
  }
  return out;
}

interface Layer {
  readonly name: string;
  activation: ActivationName;
  readonly weight: { shape: number[]; values: number[] };
  readonly bias: { shape: number[]; values: number[] } | null;
}

function layerName(layer: Json, i: number): string {
  const config = isObject(layer.config) ? layer.config : {};
  return `layer ${i + 1} ${JSON.stringify(config.name ?? '?')} (${String(layer.class_name)})`;
}

/** Folds a following Activation or LeakyReLU layer into the Dense layer before it. */
function setActivation(prev: Layer | undefined, activation: ActivationName, where: string): void {
  if (prev === undefined || prev.activation !== 'linear') {
    bad(`${where} must follow a Dense layer with a linear activation to be imported; ${SUPPORTED}.`);
  }
  prev.activation = activation;
}

function activationOf(name: unknown, where: string): ActivationName {
  const activation = ACTIVATIONS[String(name ?? 'linear')];
  if (activation === undefined) {
    bad(
      `${where} has activation ${JSON.stringify(name)}, which neuronlab does not have; it has ${Object.keys(ACTIVATIONS).join(', ')} and leaky-relu.`,
    );
  }
  return activation;
}

function readLayers(specs: Json[], weights: Map<string, { shape: number[]; values: number[] }>): Layer[] {
  const layers: Layer[] = [];
  specs.forEach((spec, i) => {
    const where = layerName(spec, i);
    const config = (isObject(spec.config) ? spec.config : {}) as Json;
    switch (spec.class_name) {
      case 'InputLayer':
        if (layers.length > 0) bad(`${where} is not the first layer.`);
        return;
      case 'Dense': {
        const name = String(config.name);
        const weight = weights.get(`${name}/kernel`);
        if (weight === undefined) bad(`${where} has no weight "${name}/kernel" in the manifest. Give its weights.`);
        const useBias = config.use_bias !== false;
        const bias = useBias ? (weights.get(`${name}/bias`) ?? bad(`${where} has no weight "${name}/bias".`)) : null;
        layers.push({ name: where, activation: activationOf(config.activation, where), weight, bias });
        return;
      }
      case 'Activation':
        setActivation(layers.at(-1), activationOf(config.activation, where), where);
        return;
      case 'LeakyReLU':
        // tfjs writes alpha as the float32 nearest 0.01, or as 0.01 itself
        if (config.alpha !== 0.01 && config.alpha !== Math.fround(0.01)) {
          bad(`${where} has alpha ${JSON.stringify(config.alpha)}; neuronlab's leaky relu has alpha 0.01.`);
        }
        setActivation(layers.at(-1), 'leaky-relu', where);
        return;
      default:
        bad(`${where} cannot be imported: ${SUPPORTED}.`);
    }
  });
  if (layers.length === 0) bad(`the model has no Dense layer; ${SUPPORTED}.`);
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
      bad(`${layer.name} has a kernel of shape [${layer.weight.shape.join(',')}], expected [${inputs}, units].`);
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
