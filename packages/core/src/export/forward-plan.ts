/**
 * What every exporter writes, read once from a model file: the input stage (raw inputs → the features the recipe
 * names, if any → their normalization: what the first layer saw), the dense layers, and the output stage (the last
 * layer's outputs → raw targets). The neuron is the 1 → 1 linear layer `out = x·w + b`. Each exporter turns these
 * three parts into its own format, one function per part.
 */

import { phrase } from '../check/phrase.js';
import { ModelFileError } from '../errors.js';
import { checkFeatures, type Feature, featureNamed } from '../features/features.js';
import type { ModelFile, Normalization } from '../io/model-file.js';
import { validateModelFile } from '../io/validate.js';
import { type ActivationName, activations } from '../nn/activations.js';
import { CORE_PHRASES } from '../phrases.js';

/** Per column: v' = (v − shift) / scale. A spread of 0 (a constant column) has scale 1, as when training. */
export interface ColumnMap {
  readonly kind: 'standardize' | 'minmax';
  readonly shift: readonly number[];
  readonly scale: readonly number[];
}

/** One dense layer: out = activation(x·W + b), W row-major [inputs, units]. */
export interface PlannedLayer {
  readonly inputs: number;
  readonly units: number;
  readonly activation: ActivationName;
  /** Row-major [inputs, units]: weight[i·units + j] joins input i to unit j. */
  readonly weight: readonly number[];
  readonly bias: readonly number[];
}

/** A model file as the three stages every exporter writes. */
export interface ForwardPlan {
  /** `neuron` or `sequential`, for titles and metadata. */
  readonly kind: ModelFile['architecture']['kind'];
  /** How many raw inputs the exported model takes: 2 (x1, x2) for a model trained on features. */
  readonly inputDim: number;
  readonly outputDim: number;
  /** The features made from the raw x1 and x2 (one per first-layer input), or null when it saw the raw inputs. */
  readonly features: readonly Feature[] | null;
  /** The first layer's inputs (features, or raw inputs) → what it saw, or null when they were not normalized. */
  readonly input: ColumnMap | null;
  readonly layers: readonly PlannedLayer[];
  /** Applied in reverse on the outputs (y·scale + shift), or null when the model learned raw targets. */
  readonly output: ColumnMap | null;
  /** The validated file the plan was read from. */
  readonly file: ModelFile;
}

/** Shift and scale of a normalization, computed exactly as the training data's normalizer computes them. */
export function columnMap(n: Normalization): ColumnMap | null {
  if (n === null) return null;
  if (n.kind === 'standardize') {
    return { kind: n.kind, shift: [...n.mean], scale: n.std.map((s) => (s === 0 ? 1 : s)) };
  }
  return { kind: n.kind, shift: [...n.min], scale: n.max.map((hi, c) => (hi - n.min[c]! === 0 ? 1 : hi - n.min[c]!)) };
}

/** The input stage: what raw inputs become before the first layer. */
interface InputStage {
  readonly features: readonly Feature[] | null;
  readonly input: ColumnMap | null;
}

/** The input stage of a model file: the one place that says what raw inputs become before the first layer. */
function inputStage(file: ModelFile, firstInputs: number): InputStage {
  const input = columnMap(file.normalization.inputs);
  const names = file.recipe.features;
  if (names === undefined || names === null) return { features: null, input };
  let features: Feature[];
  try {
    features = checkFeatures('recipe.features', names).map(featureNamed);
  } catch (error) {
    throw new ModelFileError(phrase(CORE_PHRASES, 'exportFeatures', (error as Error).message), 'recipe.features');
  }
  if (features.length !== firstInputs) {
    throw new ModelFileError(
      phrase(CORE_PHRASES, 'exportFeatureCount', firstInputs, features.length),
      'recipe.features',
    );
  }
  return { features, input };
}

function layersOf(file: ModelFile): PlannedLayer[] {
  const arch = file.architecture;
  if (arch.kind === 'neuron') {
    const value = (name: string) => file.parameters.find((p) => p.name === name)!.values[0]!;
    return [{ inputs: 1, units: 1, activation: 'linear', weight: [value('w')], bias: [value('b')] }];
  }
  let inputs = arch.inputDim;
  return arch.layers.map((spec, i) => {
    if (!Object.hasOwn(activations, spec.activation)) {
      throw new ModelFileError(
        phrase(CORE_PHRASES, 'exportActivation', i + 1, spec.activation, Object.keys(activations)),
        `architecture.layers.${i}.activation`,
      );
    }
    const weight = file.parameters[2 * i]!.values;
    const bias = file.parameters[2 * i + 1]!.values;
    if (weight.length !== inputs * spec.units || bias.length !== spec.units) {
      throw new ModelFileError(
        phrase(CORE_PHRASES, 'exportLayerSize', i + 1, inputs, spec.units, weight.length, bias.length),
        `parameters.${2 * i}`,
      );
    }
    const layer = { inputs, units: spec.units, activation: spec.activation as ActivationName, weight, bias };
    inputs = spec.units;
    return layer;
  });
}

/** Validates a model file (parsed JSON or a ModelFile) and reads it as a ForwardPlan; a ModelFileError otherwise. */
export function forwardPlan(model: unknown): ForwardPlan {
  const file = validateModelFile(model);
  const layers = layersOf(file);
  const firstInputs = layers[0]!.inputs;
  const { features, input } = inputStage(file, firstInputs);
  const plan: ForwardPlan = {
    kind: file.architecture.kind,
    inputDim: features ? 2 : firstInputs,
    outputDim: layers[layers.length - 1]!.units,
    features,
    input,
    layers,
    output: columnMap(file.normalization.targets),
    file,
  };
  checkColumns('inputs', plan.input, firstInputs);
  checkColumns('targets', plan.output, plan.outputDim);
  return plan;
}

function checkColumns(which: 'inputs' | 'targets', map: ColumnMap | null, dim: number): void {
  if (map !== null && map.shift.length !== dim) {
    throw new ModelFileError(
      phrase(CORE_PHRASES, 'exportColumns', which, dim, map.shift.length),
      `normalization.${which}`,
    );
  }
}

/**
 * A one-line description of the architecture: `2 → 8 tanh → 1 linear`, `x1, x2 → features x1^2, sinx1 → 8 tanh →
 * 1 linear` for a model trained on features, or `the neuron out = x·w + b`.
 */
export function describePlan(plan: ForwardPlan): string {
  const features = plan.features ? `features ${featureList(plan)}` : null;
  if (plan.kind === 'neuron') return `the neuron out = x·w + b${features ? ` on ${features} of x1, x2` : ''}`;
  const first = features ? ['x1, x2', features] : [String(plan.inputDim)];
  return [...first, ...plan.layers.map((l) => `${l.units} ${l.activation}`)].join(' → ');
}

/** The plan's feature names, comma-separated (`x1, x1^2, sinx1`); '' without features. */
export function featureList(plan: ForwardPlan): string {
  return (plan.features ?? []).map((f) => f.name).join(', ');
}
