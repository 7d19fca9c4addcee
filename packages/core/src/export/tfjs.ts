/**
 * A model file in the TensorFlow.js Layers format: `model.json` (a Sequential of Dense layers) and its weights file
 * (float32, little-endian, in manifest order), which `tf.loadLayersModel` loads. TensorFlow.js has no per-column
 * normalization layer, so the normalizations are folded into the weights, which is exact in real arithmetic and
 * rounded once like every float32 weight:
 * - inputs (x − shift)/scale into the first layer: W'ᵢⱼ = Wᵢⱼ/scaleᵢ, b'ⱼ = bⱼ − Σᵢ shiftᵢ·Wᵢⱼ/scaleᵢ;
 * - targets y·scale + shift into the last layer when it is linear (W'ᵢⱼ = Wᵢⱼ·scaleⱼ, b'ⱼ = bⱼ·scaleⱼ + shiftⱼ),
 *   otherwise into an extra linear Dense layer whose kernel is diagonal.
 * - features that only pick raw inputs (x2 alone, or x2, x1) into the first layer: row i of W' is the row of the
 *   feature that is input i (zeros for an input no feature reads), an exact reordering.
 * The model therefore takes raw inputs and returns raw targets; model.json's userDefinedMetadata says what was folded.
 * Squares, products and sines of the inputs are not linear, so no Dense layer computes them: a model trained on
 * them is refused (ONNX and the JS/TS module write them).
 */
import type { Feature } from '../features/features.js';
import type { ColumnMap, ForwardPlan, PlannedLayer } from './forward-plan.js';
import { describePlan, featureList, forwardPlan } from './forward-plan.js';

/** The two files of a TensorFlow.js Layers model. */
export interface TfjsFiles {
  /** model.json's text. */
  readonly modelJson: string;
  /** The weights file's bytes (float32, little-endian). */
  readonly weights: Uint8Array;
}

/** Options of exportTfjs. */
export interface TfjsOptions {
  /** The weights file's name, as model.json refers to it. @default 'weights.bin' */
  readonly weightsPath?: string;
}

/** A dense layer in TensorFlow.js terms: an activation it knows by name, plus LeakyReLU as its own layer. */
interface TfDense {
  readonly inputs: number;
  readonly units: number;
  readonly activation: PlannedLayer['activation'];
  readonly weight: readonly number[];
  readonly bias: readonly number[];
}

/** The input stage folded into the first layer: x' = (x − shift)/scale, so x'·W + b = x·W' + b'. */
function foldInputs(layer: TfDense, map: ColumnMap | null): TfDense {
  if (map === null) return layer;
  const { inputs, units } = layer;
  const weight = layer.weight.map((w, e) => w / map.scale[Math.floor(e / units)]!);
  const bias = layer.bias.map((b, j) => {
    let s = b;
    for (let i = 0; i < inputs; i++) s -= map.shift[i]! * weight[i * units + j]!;
    return s;
  });
  return { ...layer, weight, bias };
}

/**
 * Features that only pick raw inputs folded into the first layer: raw input i feeds what feature k (the one that is
 * input i) fed. A TypeError for any other feature, which is not linear in the raw inputs.
 */
function foldFeatures(layer: TfDense, plan: ForwardPlan): TfDense {
  const features = plan.features;
  if (features === null) return layer;
  const picks = features.map((f) => (f.term.op === 'input' ? f.term.input : null));
  if (picks.includes(null)) {
    const nonlinear = features.filter((f: Feature) => f.term.op !== 'input').map((f) => f.name);
    throw new TypeError(
      `tfjs export: TensorFlow.js Dense layers cannot compute the squares, products and sines of the inputs this model ` +
        `was trained on, got features ${featureList(plan)} (${nonlinear.join(', ')} not linear in x1, x2). ` +
        'Export to ONNX or to a JS/TS module instead: both make these features from raw x1, x2.',
    );
  }
  const { units } = layer;
  const weight = Array.from({ length: 2 * units }, (_, e) => {
    const k = picks.indexOf(Math.floor(e / units) as 0 | 1);
    return k < 0 ? 0 : layer.weight[k * units + (e % units)]!;
  });
  return { ...layer, inputs: 2, weight };
}

/** The output stage folded into the last layer (when linear) or added as a diagonal linear layer. */
function foldOutputs(layers: TfDense[], map: ColumnMap | null): TfDense[] {
  if (map === null) return layers;
  const last = layers[layers.length - 1]!;
  const units = last.units;
  if (last.activation === 'linear') {
    const weight = last.weight.map((w, e) => w * map.scale[e % units]!);
    const bias = last.bias.map((b, j) => b * map.scale[j]! + map.shift[j]!);
    return [...layers.slice(0, -1), { ...last, weight, bias }];
  }
  const diagonal = Array.from({ length: units * units }, (_, e) =>
    Math.floor(e / units) === e % units ? map.scale[e % units]! : 0,
  );
  return [...layers, { inputs: units, units, activation: 'linear', weight: diagonal, bias: [...map.shift] }];
}

const TF_ACTIVATION: Record<string, string> = {
  linear: 'linear',
  relu: 'relu',
  'leaky-relu': 'linear',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  softmax: 'softmax',
};

function topology(layers: readonly TfDense[], inputDim: number) {
  const config: object[] = [];
  layers.forEach((layer, i) => {
    config.push({
      class_name: 'Dense',
      config: {
        name: `dense_${i + 1}`,
        trainable: true,
        dtype: 'float32',
        ...(i === 0 ? { batch_input_shape: [null, inputDim] } : {}),
        units: layer.units,
        activation: TF_ACTIVATION[layer.activation],
        use_bias: true,
        kernel_initializer: { class_name: 'Zeros', config: {} },
        bias_initializer: { class_name: 'Zeros', config: {} },
        kernel_regularizer: null,
        bias_regularizer: null,
        activity_regularizer: null,
        kernel_constraint: null,
        bias_constraint: null,
      },
    });
    if (layer.activation === 'leaky-relu') {
      config.push({
        class_name: 'LeakyReLU',
        config: { name: `leaky_re_lu_${i + 1}`, trainable: true, dtype: 'float32', alpha: 0.01 },
      });
    }
  });
  return {
    class_name: 'Sequential',
    config: { name: 'neuronlab', layers: config },
    keras_version: 'tfjs-layers 4.22.0',
    backend: 'tensor_flow.js',
  };
}

function weightBytes(layers: readonly TfDense[]): Uint8Array {
  const values = layers.flatMap((l) => [...l.weight, ...l.bias]);
  const f32 = Float32Array.from(values);
  const bytes = new Uint8Array(f32.length * 4);
  const view = new DataView(bytes.buffer);
  f32.forEach((v, i) => {
    view.setFloat32(i * 4, v, true);
  });
  return bytes;
}

function folded(plan: ForwardPlan): string {
  const parts = [
    plan.features ? `features ${featureList(plan)} (picks of raw x1, x2) folded into the first Dense layer` : null,
    plan.input ? `input normalization (${plan.input.kind}) folded into the first Dense layer` : null,
    plan.output
      ? `target normalization (${plan.output.kind}) folded into ${
          plan.layers[plan.layers.length - 1]!.activation === 'linear'
            ? 'the last Dense layer'
            : 'an extra linear Dense layer'
        }`
      : null,
  ].filter((p) => p !== null);
  return parts.length === 0 ? 'nothing: the model saw raw inputs and targets' : parts.join('; ');
}

/** The TensorFlow.js Layers files for a model file (parsed JSON or a ModelFile): raw inputs in, raw targets out. */
export function exportTfjs(model: unknown, options: TfjsOptions = {}): TfjsFiles {
  const plan = forwardPlan(model);
  const dense: TfDense[] = plan.layers.map((l) => ({ ...l }));
  dense[0] = foldFeatures(foldInputs(dense[0]!, plan.input), plan);
  const layers = foldOutputs(dense, plan.output);
  const weights = layers.flatMap((l, i) => [
    { name: `dense_${i + 1}/kernel`, shape: [l.inputs, l.units], dtype: 'float32' },
    { name: `dense_${i + 1}/bias`, shape: [l.units], dtype: 'float32' },
  ]);
  const json = {
    format: 'layers-model',
    generatedBy: plan.file.createdBy,
    convertedBy: `neuronlab (${describePlan(plan)})`,
    modelTopology: topology(layers, plan.inputDim),
    weightsManifest: [{ paths: [options.weightsPath ?? 'weights.bin'], weights }],
    userDefinedMetadata: {
      neuronlab: { recipe: plan.file.recipe, normalization: plan.file.normalization, folded: folded(plan) },
    },
  };
  return { modelJson: `${JSON.stringify(json, null, 2)}\n`, weights: weightBytes(layers) };
}
