/** Model files covering every architecture kind and activation, and the engine's predictions in raw units. */
import { featureNamed } from '../features/features.js';
import type { ModelFile } from '../io/model-file.js';
import { Neuron } from '../neuron/neuron.js';
import { neuronFromModelFile, neuronToModelFile } from '../neuron/neuron-file.js';
import { type ActivationName, activationNames } from '../nn/activations.js';
import { networkModelFromModelFile, sequentialToModelFile } from '../nn/model-file.js';
import { createSequential } from '../nn/sequential.js';
import { Rng } from '../rng.js';
import { columnMap } from './forward-plan.js';

const NORMALIZATION: ModelFile['normalization'] = {
  inputs: { kind: 'standardize', mean: [3, -1.5], std: [2.5, 0] },
  targets: { kind: 'minmax', min: [-4, 0, 10], max: [6, 1, 30] },
};

/** The tutorial's neuron, trained on standardized °C and min-max °F. */
export function neuronFile(): ModelFile {
  return neuronToModelFile(new Neuron(0.9871234567, 0.4123456789), {
    normalization: {
      inputs: { kind: 'standardize', mean: [12.5], std: [17.25] },
      targets: { kind: 'minmax', min: [-40], max: [212] },
    },
    recipe: { dataset: 'celsius', normalize: 'standardize' },
  });
}

/** A 2 → 5 → 3 network with `activation` on both layers, random weights and both normalizations. */
export function networkFile(activation: ActivationName, seed = 7): ModelFile {
  const net = createSequential({
    inputDim: 2,
    layers: [
      { units: 5, activation },
      { units: 3, activation },
    ],
    seed,
    biasInit: 'glorot',
  });
  return sequentialToModelFile(net, { normalization: NORMALIZATION, recipe: { dataset: 'test', activation } });
}

/** Features of x1 and x2 in a mixed order, with both products and both sines. */
export const FEATURE_MIX = ['sinx1', 'x1x2', 'x2', 'x1^2', 'sinx2', 'x2^2'];

/**
 * A 6 → 5 tanh → 2 network whose recipe names FEATURE_MIX: it takes raw x1, x2 and sees those six features,
 * standardized, with min-max targets.
 */
export function featuresFile(features: readonly string[] = FEATURE_MIX, seed = 5): ModelFile {
  const d = features.length;
  const net = createSequential({
    inputDim: d,
    layers: [
      { units: 5, activation: 'tanh' },
      { units: 2, activation: 'linear' },
    ],
    seed,
    biasInit: 'glorot',
  });
  return sequentialToModelFile(net, {
    normalization: {
      inputs: { kind: 'standardize', mean: features.map((_, c) => c / 3 - 0.5), std: features.map((_, c) => 1 + c) },
      targets: { kind: 'minmax', min: [-2, 0], max: [3, 10] },
    },
    recipe: { dataset: 'spiral', features: [...features] },
  });
}

/** Every activation, one network each. */
export const ACTIVATIONS = activationNames();

/** n rows of `columns` inputs in [-10, 10), seeded. */
export function inputs(n: number, columns: number, seed = 3): Float64Array {
  const rng = new Rng(seed);
  return Float64Array.from({ length: n * columns }, () => rng.uniform(-10, 10));
}

/** The features a model file's recipe names, made from each row of raw x1, x2; x itself when it names none. */
function withRecipeFeatures(file: ModelFile, x: Float64Array, n: number): Float64Array {
  const names = file.recipe.features as string[] | undefined;
  if (names === undefined) return x;
  const features = names.map(featureNamed);
  return Float64Array.from({ length: n * features.length }, (_, e) => {
    const i = Math.floor(e / features.length);
    return features[e % features.length]!.of(x[2 * i]!, x[2 * i + 1]!);
  });
}

/**
 * What the engine predicts for `x` in raw units, one sample at a time (as `neuronlab predict` computes one input):
 * features made (when the recipe names them), inputs normalized, the model's predict, outputs mapped back.
 */
export function enginePredict(file: ModelFile, x: Float64Array, n: number): Float64Array {
  const input = columnMap(file.normalization.inputs);
  const output = columnMap(file.normalization.targets);
  const model = file.architecture.kind === 'neuron' ? neuronFromModelFile(file) : networkModelFromModelFile(file);
  const f = withRecipeFeatures(file, x, n);
  const d = f.length / n;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = f.subarray(i * d, (i + 1) * d).map((v, c) => (input ? (v - input.shift[c]!) / input.scale[c]! : v));
    const y = model.predict(row, 1);
    out.push(...Array.from(y, (v, c) => (output ? v * output.scale[c]! + output.shift[c]! : v)));
  }
  return Float64Array.from(out);
}
