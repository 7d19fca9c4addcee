/**
 * What every exporter writes, read once from a model file: the input stage (raw inputs → what the first layer saw),
 * the dense layers, and the output stage (the last layer's outputs → raw targets). The neuron is the 1 → 1 linear
 * layer `out = x·w + b`. Each exporter turns these three parts into its own format, one function per part, so a new
 * input stage (say, feature expansion) changes `inputStage` and each exporter's input function, nothing else.
 */
import { ModelFileError } from '../errors.js';
import type { ModelFile, Normalization } from '../io/model-file.js';
import { validateModelFile } from '../io/validate.js';
import { type ActivationName, activations } from '../nn/activations.js';

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
  readonly inputDim: number;
  readonly outputDim: number;
  /** Raw inputs → the first layer's inputs, or null when the model saw raw inputs. */
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

/** The input stage of a model file: the one place that says what raw inputs become before the first layer. */
function inputStage(file: ModelFile): ColumnMap | null {
  return columnMap(file.normalization.inputs);
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
        `export: layer ${i + 1} has an unknown activation, got '${spec.activation}'. Use one of: ${Object.keys(activations).join(', ')}.`,
        `architecture.layers.${i}.activation`,
      );
    }
    const weight = file.parameters[2 * i]!.values;
    const bias = file.parameters[2 * i + 1]!.values;
    if (weight.length !== inputs * spec.units || bias.length !== spec.units) {
      throw new ModelFileError(
        `export: layer ${i + 1} needs ${inputs}×${spec.units} weights and ${spec.units} biases, ` +
          `got ${weight.length} and ${bias.length}. The architecture and parameters disagree.`,
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
  const plan: ForwardPlan = {
    kind: file.architecture.kind,
    inputDim: layers[0]!.inputs,
    outputDim: layers[layers.length - 1]!.units,
    input: inputStage(file),
    layers,
    output: columnMap(file.normalization.targets),
    file,
  };
  checkColumns('inputs', plan.input, plan.inputDim);
  checkColumns('targets', plan.output, plan.outputDim);
  return plan;
}

function checkColumns(which: 'inputs' | 'targets', map: ColumnMap | null, dim: number): void {
  if (map !== null && map.shift.length !== dim) {
    throw new ModelFileError(
      `export: normalization.${which} must have one entry per column (${dim}), got ${map.shift.length}. ` +
        'The file is edited or damaged.',
      `normalization.${which}`,
    );
  }
}

/** A one-line description of the architecture: `2 → 8 tanh → 1 linear`, or `the neuron out = x·w + b`. */
export function describePlan(plan: ForwardPlan): string {
  if (plan.kind === 'neuron') return 'the neuron out = x·w + b';
  return [String(plan.inputDim), ...plan.layers.map((l) => `${l.units} ${l.activation}`)].join(' → ');
}
