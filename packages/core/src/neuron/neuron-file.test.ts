import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../errors.js';
import { parseModelFile } from '../io/parse.js';
import { serializeModelFile } from '../io/serialize.js';
import { createNeuron, Neuron } from './neuron.js';
import { neuronFromModelFile, neuronToModelFile } from './neuron-file.js';

describe('neuron model files', () => {
  it('saves and loads a neuron with the exact same w and b', () => {
    const neuron = createNeuron({ seed: 3 });
    const text = serializeModelFile(neuronToModelFile(neuron, { recipe: { seed: 3 } }));
    const loaded = neuronFromModelFile(parseModelFile(text), { gradient: 'tutorial-mistake' });
    expect([loaded.w, loaded.b]).toEqual([neuron.w, neuron.b]);
    expect(loaded.gradient).toBe('tutorial-mistake');
  });

  it('refuses a sequential file', () => {
    const file = neuronToModelFile(new Neuron(1, 2));
    const seq = { ...file, architecture: { kind: 'sequential' as const, inputDim: 1, layers: [] } };
    expect(() => neuronFromModelFile(seq)).toThrow(ModelFileError);
  });
});
