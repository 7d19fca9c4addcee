import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../errors.js';
import { parseModelFile } from '../io/parse.js';
import { serializeModelFile } from '../io/serialize.js';
import { Rng } from '../rng.js';
import { tensor } from '../tensor.js';
import { networkModelFromModelFile, sequentialFromModelFile, sequentialToModelFile } from './model-file.js';
import { createSequential } from './sequential.js';

function network() {
  return createSequential({
    inputDim: 3,
    layers: [
      { units: 5, activation: 'relu' },
      { units: 4, activation: 'leaky-relu' },
      { units: 2, activation: 'softmax' },
    ],
    seed: 9,
    biasInit: 'uniform',
  });
}

describe('sequential networks in model files', () => {
  it('round-trips every parameter bit for bit, through JSON text too', () => {
    const original = network();
    // awkward values: a subnormal, a long mantissa and the largest double must survive the text form
    original.layers[0]!.weight.data.set([5e-324, 0.1 + 0.2, Number.MAX_VALUE]);
    const restored = sequentialFromModelFile(JSON.parse(JSON.stringify(sequentialToModelFile(original))));
    expect(restored.architecture()).toEqual(original.architecture());
    const a = original.parameters();
    const b = restored.parameters();
    expect(b.map((t) => t.name)).toEqual(a.map((t) => t.name));
    expect(b.map((t) => Array.from(t.data))).toEqual(a.map((t) => Array.from(t.data)));
  });

  it('predicts exactly what the saved network predicted', () => {
    const original = network();
    const rng = new Rng(3);
    const x = Float64Array.from({ length: 30 }, () => rng.uniform(-2, 2));
    const model = networkModelFromModelFile(sequentialToModelFile(original));
    expect(model.loss.name).toBe('softmax-cross-entropy');
    expect(Array.from(model.predict(x, 10))).toEqual(Array.from(original.forward(tensor(x, [10, 3])).data));
  });

  it('round-trips exactly through serializeModelFile and parseModelFile, negative zero included', () => {
    const original = network();
    original.layers[0]!.weight.data.set([-0, 5e-324, 0.1 + 0.2]);
    const restored = sequentialFromModelFile(parseModelFile(serializeModelFile(sequentialToModelFile(original))));
    const same = original
      .parameters()
      .every((t, i) => t.data.every((v, j) => Object.is(v, restored.parameters()[i]!.data[j])));
    expect(same).toBe(true);
  });

  it('keeps negative zero in the object form', () => {
    const original = network();
    original.layers[1]!.bias.data[0] = -0;
    const restored = sequentialFromModelFile(sequentialToModelFile(original));
    expect(Object.is(restored.layers[1]!.bias.data[0], -0)).toBe(true);
  });

  it('names the field when a parameter block does not fit the architecture', () => {
    const file = sequentialToModelFile(network());
    const broken = { ...file, parameters: file.parameters.map((p, i) => (i === 2 ? { ...p, shape: [4, 5] } : p)) };
    try {
      sequentialFromModelFile(broken);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ModelFileError);
      expect((e as ModelFileError).field).toBe('parameters.2.shape');
    }
  });

  it('refuses a neuron file', () => {
    const file = { ...sequentialToModelFile(network()), architecture: { kind: 'neuron' as const } };
    expect(() => sequentialFromModelFile(file)).toThrow(/architecture.kind must be 'sequential'/);
  });
});
