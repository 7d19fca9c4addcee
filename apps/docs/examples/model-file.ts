import {
  createNeuron,
  fit,
  neuronFromModelFile,
  neuronToModelFile,
  parseModelFile,
  serializeModelFile,
} from '@neuronlab/core';
import { celsius } from '@neuronlab/data';

/** Trains the neuron, saves it as model-file text, loads it back and checks that nothing was lost. */
export function saveAndLoad() {
  const data = celsius();
  const neuron = createNeuron({ w: 0.5, b: 0.5 });
  fit(neuron, { train: data }, { lr: 1e-3, epochs: 10_000 });

  const text = serializeModelFile(
    neuronToModelFile(neuron, { recipe: { dataset: 'celsius', lr: 1e-3, epochs: 10_000 }, createdBy: 'docs example' }),
  );
  // in Node you would now write `text` to disk; parseModelFile validates every field when reading it back
  const loaded = neuronFromModelFile(parseModelFile(text));

  const x = Float64Array.of(-40, 0, 37, 100);
  return { text, before: neuron.predict(x, 4), after: loaded.predict(x, 4) };
}
