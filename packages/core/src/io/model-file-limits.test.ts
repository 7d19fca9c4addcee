import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../errors.js';
import { MODEL_FILE_MAX_BYTES, MODEL_FILE_MAX_VALUES, type ModelFile, type Normalization } from './model-file.js';
import { parseModelFile } from './parse.js';
import { serializeModelFile } from './serialize.js';

// the longest spelling a float64 gets from the writer (25 characters), so a file of them is as big as files get
const LONGEST = -1.2345678901234567e-6;
const WIDTH = 1024; // the widest hidden layer a flag allows

function sequential(inputDim: number, widths: readonly number[], normalization: ModelFile['normalization']): ModelFile {
  let inputs = inputDim;
  const parameters = widths.flatMap((units, i) => {
    const blocks = [
      { name: `layers.${i}.weight`, shape: [inputs, units], values: new Array<number>(inputs * units).fill(LONGEST) },
      { name: `layers.${i}.bias`, shape: [units], values: new Array<number>(units).fill(LONGEST) },
    ];
    inputs = units;
    return blocks;
  });
  return {
    format: 'neuronlab-model',
    version: 1,
    architecture: { kind: 'sequential', inputDim, layers: widths.map((units) => ({ units, activation: 'tanh' })) },
    parameters,
    normalization,
    recipe: { dataset: 'csv', hidden: [WIDTH, WIDTH, WIDTH] },
    createdBy: 'neuronlab test',
  };
}

const standardize = (n: number): Normalization => ({
  kind: 'standardize',
  mean: new Array<number>(n).fill(LONGEST),
  std: new Array<number>(n).fill(1.2345678901234567e-6),
});

function fieldOf(parse: () => unknown): string {
  try {
    parse();
  } catch (e) {
    expect(e).toBeInstanceOf(ModelFileError);
    return (e as ModelFileError).field;
  }
  throw new Error('expected a ModelFileError');
}

describe('model file size limits', () => {
  // the biggest file there is: a few seconds to write and read on a busy machine, hence the timeout
  it('reads back the largest model it writes: three 1024-wide hidden layers, as many inputs as fit, longest numbers', {
    timeout: 60_000,
  }, () => {
    const widths = [WIDTH, WIDTH, WIDTH, 1];
    const fixed = WIDTH + 2 * (WIDTH * WIDTH + WIDTH) + WIDTH + 1 + 2; // all but the first weights; targets' 2 stats
    const inputDim = Math.floor((MODEL_FILE_MAX_VALUES - fixed) / (WIDTH + 2)); // each input: 1024 weights, 2 stats
    const file = sequential(inputDim, widths, { inputs: standardize(inputDim), targets: standardize(1) });
    const text = serializeModelFile(file);
    // bigger than the old 32 MiB read limit, within the limit the reader now shares with the writer
    expect(text.length).toBeGreaterThan(32 * 1024 * 1024);
    expect(text.length).toBeLessThanOrEqual(MODEL_FILE_MAX_BYTES);
    const back = parseModelFile(text);
    expect(back.parameters.map((p) => p.values.length)).toEqual(file.parameters.map((p) => p.values.length));
    expect(back.parameters[0]!.values.at(-1)).toBe(LONGEST);
    expect(back.normalization).toEqual(file.normalization);
    // one more input is one number too many (and two more for its statistics): refused when written
    expect(() =>
      serializeModelFile({
        ...file,
        architecture: {
          kind: 'sequential',
          inputDim: inputDim + 1,
          layers: file.architecture.kind === 'sequential' ? file.architecture.layers : [],
        },
      }),
    ).toThrow(
      /architecture needs 3000\d+ numbers \(parameters and normalization\), more than the 3000000 a model file holds/,
    );
  });

  it('refuses an architecture too big for a file before looking at its parameters', () => {
    const text = JSON.stringify({
      ...sequential(1, [1], { inputs: null, targets: null }),
      architecture: {
        kind: 'sequential',
        inputDim: 1,
        layers: [
          { units: 1_000_000, activation: 'tanh' },
          { units: 1_000_000, activation: 'tanh' },
        ],
      },
      parameters: [],
    });
    expect(fieldOf(() => parseModelFile(text))).toBe('architecture');
  });
});

describe('model file normalization', () => {
  const neuron = (inputs: Normalization, targets: Normalization = null): ModelFile => ({
    format: 'neuronlab-model',
    version: 1,
    architecture: { kind: 'neuron' },
    parameters: [
      { name: 'w', shape: [1], values: [1.8] },
      { name: 'b', shape: [1], values: [32] },
    ],
    normalization: { inputs, targets },
    recipe: {},
    createdBy: 'neuronlab test',
  });
  const read = (file: ModelFile) => () => parseModelFile(JSON.stringify(file));

  it('refuses spreads whose inverse is not finite: a subnormal std, an overflowing or subnormal max − min', () => {
    expect(fieldOf(read(neuron({ kind: 'standardize', mean: [0], std: [5e-324] })))).toBe(
      'normalization.inputs.std[0]',
    );
    expect(fieldOf(read(neuron(null, { kind: 'standardize', mean: [0], std: [1e-310] })))).toBe(
      'normalization.targets.std[0]',
    );
    expect(fieldOf(read(neuron({ kind: 'minmax', min: [-1e308], max: [1e308] })))).toBe('normalization.inputs.max[0]');
    expect(fieldOf(read(neuron(null, { kind: 'minmax', min: [0], max: [5e-324] })))).toBe(
      'normalization.targets.max[0]',
    );
    expect(() => read(neuron({ kind: 'standardize', mean: [0], std: [5e-324] }))()).toThrow(
      /std\[0\] gives std = 5e-324, which must be 0 or a positive number with a finite inverse/,
    );
  });

  it('accepts a constant column (spread 0, only shifted) and ordinary spreads', () => {
    expect(read(neuron({ kind: 'standardize', mean: [3], std: [0] }))().normalization.inputs).toEqual({
      kind: 'standardize',
      mean: [3],
      std: [0],
    });
    expect(
      read(neuron({ kind: 'minmax', min: [2], max: [2] }, { kind: 'minmax', min: [-1], max: [1e300] }))(),
    ).toBeTruthy();
  });
});
