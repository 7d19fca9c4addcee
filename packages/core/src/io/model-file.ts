/**
 * The neuronlab model file, version 1: one JSON object that holds everything needed to use a trained model again.
 *
 * ```json
 * {
 *   "format": "neuronlab-model",
 *   "version": 1,
 *   "architecture": { "kind": "neuron" },
 *   "parameters": [
 *     { "name": "w", "shape": [1], "values": [1.7974385149673768] },
 *     { "name": "b", "shape": [1], "values": [27.735125882253637] }
 *   ],
 *   "normalization": { "inputs": null, "targets": null },
 *   "recipe": { "dataset": "celsius", "lr": 0.0001, "epochs": 10000 },
 *   "createdBy": "@neuronlab/core"
 * }
 * ```
 *
 * - `architecture` is `{ kind: 'neuron' }` (parameters `w` [1] then `b` [1]) or
 *   `{ kind: 'sequential', inputDim, layers: [{ units, activation }] }` (parameters `layers.i.weight` [in, units] then
 *   `layers.i.bias` [units] for each layer i, where `in` is inputDim for the first layer and the previous units after).
 * - `values` are row-major float64 written with the shortest decimal that reads back to the same bits (and `-0`
 *   for negative zero), so saving and loading is exact.
 * - `normalization.inputs` / `.targets` say how raw data maps to what the model saw: standardize (x − mean)/std,
 *   min-max (x − min)/(max − min), one entry per input (or target) column, or null for none. A spread (std or
 *   max − min) of 0 marks a constant column, which is only shifted; any other spread must have a finite inverse,
 *   so the mapping and its inverse stay finite. A reader applies `inputs` to what it feeds the model and undoes
 *   `targets` on what the model gives.
 * - A file holds at most MODEL_FILE_MAX_VALUES numbers and MODEL_FILE_MAX_BYTES bytes.
 * - `recipe` is free JSON: how the model was trained (dataset, options, seed), so the run can be repeated.
 * - Every field is required and no other field is allowed; a reader rejects other versions.
 */

/** The `format` value of every model file. */
export const MODEL_FILE_FORMAT = 'neuronlab-model';
/** The version this build writes and reads. */
export const MODEL_FILE_VERSION = 1;
/**
 * Most numbers a model file holds: parameters plus normalization statistics. Three hidden layers of 1024 units (the
 * widest a flag allows) with up to 870 inputs fit; a bigger model is refused when it is saved, not after.
 */
export const MODEL_FILE_MAX_VALUES = 3_000_000;
/**
 * Longest number as the writer spells it, in bytes, with its `, ` separator: a float64's shortest round-trip form is
 * at most 25 characters (`-0.0000012345678901234567`).
 */
const MAX_VALUE_BYTES = 27;
/** Room for everything but the numbers: names, shapes, architecture and the recipe. */
const MAX_TEXT_BYTES = 1024 * 1024;
/**
 * Largest model file, in UTF-8 bytes (about 78 MiB): every file the writer can produce within MODEL_FILE_MAX_VALUES
 * fits, so whatever neuronlab saves, it can read back. Readers check a file's size against it before reading.
 */
export const MODEL_FILE_MAX_BYTES = MODEL_FILE_MAX_VALUES * MAX_VALUE_BYTES + MAX_TEXT_BYTES;
/** Deepest nesting of arrays and objects a model file may have (the format itself needs 4). */
export const MODEL_FILE_MAX_DEPTH = 32;

/** A plain JSON value. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** One dense layer of a sequential architecture. */
export interface LayerSpec {
  /** Outputs of the layer. */
  readonly units: number;
  /** Activation name from the activations registry (`linear`, `tanh`, `sigmoid`, ...). */
  readonly activation: string;
}

/** What kind of model the parameters belong to. */
export type Architecture =
  | { readonly kind: 'neuron' }
  | { readonly kind: 'sequential'; readonly inputDim: number; readonly layers: readonly LayerSpec[] };

/** One parameter block. */
export interface ModelParameter {
  /** Name (`w`, `layers.0.weight`). */
  readonly name: string;
  /** Shape; the product equals values.length. */
  readonly shape: readonly number[];
  /** Row-major float64 values. */
  readonly values: readonly number[];
}

/** How a column set was normalized before training, or null for raw values. */
export type Normalization =
  | { readonly kind: 'standardize'; readonly mean: readonly number[]; readonly std: readonly number[] }
  | { readonly kind: 'minmax'; readonly min: readonly number[]; readonly max: readonly number[] }
  | null;

/** A parsed and validated model file (version 1). */
export interface ModelFile {
  readonly format: typeof MODEL_FILE_FORMAT;
  readonly version: typeof MODEL_FILE_VERSION;
  readonly architecture: Architecture;
  readonly parameters: readonly ModelParameter[];
  readonly normalization: { readonly inputs: Normalization; readonly targets: Normalization };
  /** The training recipe, as free JSON. */
  readonly recipe: { readonly [key: string]: JsonValue };
  /** What wrote the file (`neuronlab 0.1.0`). */
  readonly createdBy: string;
}
