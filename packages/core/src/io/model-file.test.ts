import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../errors.js';
import type { ModelFile } from './model-file.js';
import { parseModelFile } from './parse.js';
import { serializeModelFile } from './serialize.js';

const neuronFile: ModelFile = {
  format: 'neuronlab-model',
  version: 1,
  architecture: { kind: 'neuron' },
  parameters: [
    { name: 'w', shape: [1], values: [REF.half.w] },
    { name: 'b', shape: [1], values: [REF.half.b] },
  ],
  normalization: { inputs: { kind: 'standardize', mean: [-0.5], std: [28.86607004772212] }, targets: null },
  recipe: { dataset: 'celsius', lr: 1e-4, epochs: 10_000, nested: { list: [1, 'two', null, true] } },
  createdBy: 'neuronlab test',
};

function sequentialFile(values: (i: number) => number): ModelFile {
  const block = (name: string, shape: number[], offset: number) => ({
    name,
    shape,
    values: Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => values(offset + i)),
  });
  return {
    ...neuronFile,
    architecture: {
      kind: 'sequential',
      inputDim: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
    parameters: [
      block('layers.0.weight', [2, 3], 0),
      block('layers.0.bias', [3], 6),
      block('layers.1.weight', [3, 1], 9),
      block('layers.1.bias', [1], 12),
    ],
    normalization: { inputs: { kind: 'minmax', min: [-1, -2], max: [1, 2] }, targets: null },
  };
}

/** Parses a mutated copy of the neuron file and returns the ModelFileError's field. */
function fieldOf(mutate: (file: Record<string, unknown>) => void, text?: string): string {
  const copy = JSON.parse(serializeModelFile(neuronFile));
  mutate(copy);
  try {
    parseModelFile(text ?? JSON.stringify(copy));
  } catch (error) {
    expect(error).toBeInstanceOf(ModelFileError);
    return (error as ModelFileError).field;
  }
  throw new Error('expected parseModelFile to throw');
}

function bits(v: number): bigint {
  return new BigUint64Array(Float64Array.of(v).buffer)[0]!;
}

describe('model files', () => {
  it('round-trips a neuron file', () => {
    expect(parseModelFile(serializeModelFile(neuronFile))).toEqual(neuronFile);
  });

  it('round-trips float64 values bit for bit, including -0, subnormals and 0.1 + 0.2', () => {
    const tricky = [-0, 0, 5e-324, -2.2250738585072014e-308, 2.225073858507201e-308, 0.1 + 0.2, 1 / 3, 1e21, -1e-7];
    tricky.push(Number.MAX_VALUE, -Number.MIN_VALUE, 2 ** 53 + 2, Math.PI);
    const file = sequentialFile((i) => tricky[i % tricky.length]!);
    const back = parseModelFile(serializeModelFile(file));
    const sent = file.parameters.flatMap((p) => p.values.map(bits));
    expect(back.parameters.flatMap((p) => p.values.map(bits))).toEqual(sent);
    expect(Object.is(back.parameters[0]?.values[0], -0)).toBe(true);
  });

  it('round-trips a sequential file and checks its shapes against the layers', () => {
    const file = sequentialFile((i) => i / 7);
    expect(parseModelFile(serializeModelFile(file))).toEqual(file);
  });

  it('names the offending field', () => {
    expect(fieldOf((f) => (f.format = 'other'))).toBe('format');
    expect(fieldOf((f) => (f.version = 2))).toBe('version');
    expect(fieldOf((f) => delete f.recipe)).toBe('recipe');
    expect(fieldOf((f) => (f.extra = 1))).toBe('extra');
    expect(fieldOf((f) => ((f.parameters as { shape: number[] }[])[1]!.shape = [2]))).toBe('parameters[1].shape');
    expect(fieldOf((f) => ((f.parameters as { name: string }[])[0]!.name = 'b'))).toBe('parameters[0].name');
    expect(fieldOf((f) => ((f.parameters as { values: unknown[] }[])[1]!.values = ['x']))).toBe(
      'parameters[1].values[0]',
    );
    expect(fieldOf(() => {}, serializeModelFile(neuronFile).replace(String(REF.half.b), '1e999'))).toBe(
      'parameters[1].values[0]',
    );
    expect(fieldOf((f) => ((f.normalization as { inputs: { std: number[] } }).inputs.std = [-1]))).toBe(
      'normalization.inputs.std[0]',
    );
    expect(fieldOf((f) => ((f.architecture as { kind: string }).kind = 'cnn'))).toBe('architecture.kind');
  });

  it('reports the index of a bad value inside a larger block', () => {
    const text = serializeModelFile(sequentialFile((i) => i)).replace('[6, 7, 8]', '[6, 7, "8"]');
    expect(() => parseModelFile(text)).toThrow(expect.objectContaining({ field: 'parameters[1].values[2]' }));
  });

  it('says what is wrong, what it got and what to do', () => {
    expect(() => parseModelFile('{"format": "x"}')).toThrow(
      'model file: format must be \'neuronlab-model\', got "x". This is not a neuronlab model file.',
    );
  });

  it('rejects oversized text before parsing it', () => {
    const text = serializeModelFile(neuronFile);
    expect(() => parseModelFile(text, { maxBytes: text.length - 1 })).toThrow(/larger than/);
    // non-ASCII counts in UTF-8 bytes: é is 2 bytes, so this is 2 bytes over a limit equal to its length in characters
    const accented = serializeModelFile({ ...neuronFile, createdBy: 'éé' });
    expect(() => parseModelFile(accented, { maxBytes: accented.length })).toThrow(ModelFileError);
    expect(parseModelFile(accented, { maxBytes: accented.length + 2 }).createdBy).toBe('éé');
  });

  it('rejects deep nesting before JSON.parse sees it', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => parseModelFile(deep)).toThrow(/nests deeper than 32/);
    // brackets inside strings do not count
    const inString = serializeModelFile({ ...neuronFile, createdBy: '['.repeat(100) });
    expect(parseModelFile(inString).createdBy).toBe('['.repeat(100));
  });

  it('refuses __proto__ keys and never touches Object.prototype', () => {
    const hostile = serializeModelFile(neuronFile).replace('"dataset"', '"__proto__": {"polluted": true}, "dataset"');
    expect(() => parseModelFile(hostile)).toThrow(expect.objectContaining({ field: 'recipe.__proto__' }));
    const atRoot = `{"__proto__": {"polluted": true}, ${serializeModelFile(neuronFile).slice(1)}`;
    expect(() => parseModelFile(atRoot)).toThrow(expect.objectContaining({ field: '__proto__' }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a huge parameter array for a small architecture without reading it', () => {
    const text = serializeModelFile(neuronFile).replace(`[${REF.half.w}]`, `[${'0,'.repeat(1_000_000)}0]`);
    expect(() => parseModelFile(text)).toThrow(expect.objectContaining({ field: 'parameters[0].values' }));
  });

  it('refuses to write non-finite numbers or cyclic recipes', () => {
    const bad = {
      ...neuronFile,
      parameters: [neuronFile.parameters[0]!, { name: 'b', shape: [1], values: [Number.NaN] }],
    };
    expect(() => serializeModelFile(bad)).toThrow(expect.objectContaining({ field: 'parameters[1].values[0]' }));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => serializeModelFile({ ...neuronFile, recipe: cyclic as ModelFile['recipe'] })).toThrow(ModelFileError);
  });
});
