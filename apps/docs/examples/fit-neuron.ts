import { createNeuron, fit } from '@neuronlab/core';
import { celsius } from '@neuronlab/data';

/** Trains the tutorial's neuron with the tutorial's settings and returns what it learned. */
export function fitNeuron() {
  const data = celsius(); // x = −50 … 49 °C, y = x·9/5 + 32 °F
  const neuron = createNeuron({ w: 0.5, b: 0.5 });
  const done = fit(neuron, { train: data }, { lr: 1e-4, epochs: 10_000 });
  return { w: neuron.w, b: neuron.b, loss: done.loss, epochs: done.epochs };
}

// fitNeuron() → { w: 1.7974385149673768, b: 27.735125882253637, loss: ≈18.18, epochs: 10000 }
