import { array, fail, type JsonObject, join, number, numbers, object, text } from './json-checks.js';
import {
  type Architecture,
  type JsonValue,
  type LayerSpec,
  MODEL_FILE_FORMAT,
  MODEL_FILE_MAX_DEPTH,
  MODEL_FILE_MAX_VALUES,
  MODEL_FILE_VERSION,
  type ModelFile,
  type ModelParameter,
  type Normalization,
} from './model-file.js';

// bounds that keep a hostile file from asking for absurd work; real models are far inside them
const MAX_LAYERS = 1000;
const UNITS_RULE = { integer: true, min: 1, max: 1_000_000 } as const;
const MAX_NAME = 200;
const ROOT_KEYS = ['format', 'version', 'architecture', 'parameters', 'normalization', 'recipe', 'createdBy'];

/**
 * Checks that any value is a valid version-1 model file and returns a fresh copy built only from the checked fields
 * (so nothing of the input, prototype tricks included, leaks into the result). Throws ModelFileError naming the field.
 */
export function validateModelFile(value: unknown): ModelFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('', 'fileNotJsonObject', value);
  // format and version first: for a file of another kind or version, the other fields are not ours to judge
  const format = Object.hasOwn(value, 'format') ? (value as JsonObject).format : undefined;
  if (format !== MODEL_FILE_FORMAT) {
    fail('format', 'fileFormat', format, MODEL_FILE_FORMAT);
  }
  const version = Object.hasOwn(value, 'version') ? (value as JsonObject).version : undefined;
  if (version !== MODEL_FILE_VERSION) {
    fail('version', 'fileVersion', version, MODEL_FILE_VERSION);
  }
  const root = object(value, '', ROOT_KEYS);
  const architecture = readArchitecture(root.architecture);
  const expected = expectedParameters(architecture);
  const dims = architecture.kind === 'neuron' ? [1, 1] : [architecture.inputDim, architecture.layers.at(-1)!.units];
  checkValueCount(expected, dims, root.normalization);
  const params = array(root.parameters, 'parameters', expected.length);
  if (params.length !== expected.length) {
    fail('parameters', 'fieldBlockCount', params, expected.length);
  }
  const parameters = expected.map((e, i) => readParameter(params[i], `parameters[${i}]`, e.name, e.shape));
  const norm = object(root.normalization, 'normalization', ['inputs', 'targets']);
  return {
    format: MODEL_FILE_FORMAT,
    version: MODEL_FILE_VERSION,
    architecture,
    parameters,
    normalization: {
      inputs: readNormalization(norm.inputs, 'normalization.inputs', dims[0]!),
      targets: readNormalization(norm.targets, 'normalization.targets', dims[1]!),
    },
    recipe: readJsonObject(root.recipe, 'recipe'),
    createdBy: text(root.createdBy, 'createdBy', MAX_NAME),
  };
}

function readArchitecture(v: unknown): Architecture {
  const kind = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject).kind : undefined;
  if (kind === 'neuron') {
    object(v, 'architecture', ['kind']);
    return { kind: 'neuron' };
  }
  if (kind !== 'sequential') fail('architecture.kind', 'fieldArchitectureKind', kind);
  const a = object(v, 'architecture', ['kind', 'inputDim', 'layers']);
  const inputDim = number(a.inputDim, 'architecture.inputDim', UNITS_RULE);
  const items = array(a.layers, 'architecture.layers', MAX_LAYERS);
  if (items.length === 0) fail('architecture.layers', 'fieldNoLayers', items);
  const layers = items.map((item, i): LayerSpec => {
    const field = `architecture.layers[${i}]`;
    const l = object(item, field, ['units', 'activation']);
    return {
      units: number(l.units, `${field}.units`, UNITS_RULE),
      activation: text(l.activation, `${field}.activation`, 40),
    };
  });
  return { kind: 'sequential', inputDim, layers };
}

function expectedParameters(a: Architecture): { name: string; shape: number[] }[] {
  if (a.kind === 'neuron') {
    return [
      { name: 'w', shape: [1] },
      { name: 'b', shape: [1] },
    ];
  }
  let inputs = a.inputDim;
  return a.layers.flatMap((layer, i) => {
    const blocks = [
      { name: `layers.${i}.weight`, shape: [inputs, layer.units] },
      { name: `layers.${i}.bias`, shape: [layer.units] },
    ];
    inputs = layer.units;
    return blocks;
  });
}

function readParameter(v: unknown, field: string, name: string, shape: number[]): ModelParameter {
  const p = object(v, field, ['name', 'shape', 'values']);
  if (p.name !== name) fail(`${field}.name`, 'fieldBlockName', p.name, name);
  const got = array(p.shape, `${field}.shape`, 8);
  if (got.length !== shape.length || shape.some((d, i) => got[i] !== d)) {
    fail(`${field}.shape`, 'fieldShape', `[${got.map(describeDim).join(', ')}]`, shape);
  }
  const size = shape.reduce((a, b) => a * b, 1);
  return { name, shape, values: numbers(p.values, `${field}.values`, size) };
}

/** Refuses an architecture whose numbers (parameters and normalization) exceed MODEL_FILE_MAX_VALUES, before any copy. */
function checkValueCount(expected: readonly { shape: number[] }[], dims: readonly number[], norm: unknown): void {
  let count = expected.reduce((n, e) => n + e.shape.reduce((a, b) => a * b, 1), 0);
  if (typeof norm === 'object' && norm !== null) {
    const { inputs, targets } = norm as JsonObject;
    if (inputs !== null && inputs !== undefined) count += 2 * dims[0]!;
    if (targets !== null && targets !== undefined) count += 2 * dims[1]!;
  }
  if (count > MODEL_FILE_MAX_VALUES) {
    fail('architecture', 'fieldTooManyValues', 'that many', count, MODEL_FILE_MAX_VALUES);
  }
}

function describeDim(d: unknown): string {
  return typeof d === 'number' ? String(d) : typeof d;
}

function readNormalization(v: unknown, field: string, columns: number): Normalization {
  if (v === null) return null;
  if (typeof v !== 'object' || Array.isArray(v)) return fail(field, 'fieldNullOrObject', v);
  const kind = (v as JsonObject).kind;
  if (kind === 'standardize') {
    const o = object(v, field, ['kind', 'mean', 'std']);
    const std = numbers(o.std, `${field}.std`, columns);
    for (let i = 0; i < columns; i++) checkSpread(std[i]!, `${field}.std[${i}]`, 'std');
    return { kind, mean: numbers(o.mean, `${field}.mean`, columns), std };
  }
  if (kind === 'minmax') {
    const o = object(v, field, ['kind', 'min', 'max']);
    const min = numbers(o.min, `${field}.min`, columns);
    const max = numbers(o.max, `${field}.max`, columns);
    for (let i = 0; i < columns; i++) {
      if (!(max[i]! >= min[i]!)) fail(`${field}.max[${i}]`, 'fieldBelowMin', max[i], i, min[i]!);
      checkSpread(max[i]! - min[i]!, `${field}.max[${i}]`, `max − min (${max[i]} − ${min[i]})`);
    }
    return { kind, min, max };
  }
  return fail(`${field}.kind`, 'fieldNormalizationKind', kind);
}

/**
 * A spread (std, or max − min) divides on the way in and multiplies on the way out: 0 marks a constant column (only
 * shifted), anything else must be finite with a finite inverse, or the mapping gives Infinity or NaN.
 */
function checkSpread(spread: number, field: string, what: string): void {
  if (spread === 0) return;
  if (!(spread > 0) || !Number.isFinite(spread) || !Number.isFinite(1 / spread)) {
    fail(field, 'fieldSpread', spread, what, spread);
  }
}

function readJsonObject(v: unknown, field: string): { [key: string]: JsonValue } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(field, 'fieldNotObject', v);
  return copyJson(v, field, 1) as { [key: string]: JsonValue };
}

// Deep copy of free JSON. Keys go in through Object.fromEntries (define, never assign), and `__proto__` is refused
// outright so no consumer that later merges the recipe can be tricked into touching a prototype.
function copyJson(v: unknown, field: string, depth: number): JsonValue {
  // the parser checks depth before JSON.parse; this guards objects handed to serializeModelFile (even cyclic ones)
  if (depth > MODEL_FILE_MAX_DEPTH) fail(field, 'fileTooDeep', 'deeper', MODEL_FILE_MAX_DEPTH);
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return number(v, field);
  if (Array.isArray(v)) return v.map((item, i) => copyJson(item, `${field}[${i}]`, depth + 1));
  if (typeof v !== 'object') return fail(field, 'fieldNotJson', typeof v);
  const entries = Object.keys(v).map((key): [string, JsonValue] => {
    if (key === '__proto__') fail(join(field, key), 'fieldProtoKey', key);
    return [key, copyJson((v as JsonObject)[key], join(field, key), depth + 1)];
  });
  return Object.fromEntries(entries);
}
