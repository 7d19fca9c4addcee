/**
 * Named networks from the tutorial: its neuron as a 1→1 dense model, and its follow-up 1-2-1 linear network.
 */
import { Rng } from '../rng.js';
import type { ActivationName } from './activations.js';
import { Dense } from './dense.js';
import { NetworkModel } from './network-model.js';
import { createSequential, Sequential } from './sequential.js';

/** The tutorial's neuron `out = x·w + b` as a 1→1 linear Dense layer trained on MSE (params `layers.0.weight/bias`). */
export function createNeuronNetwork(w: number, b: number): NetworkModel {
  const layer = new Dense({ inputDim: 1, units: 1, activation: 'linear', name: 'layers.0' });
  layer.weight.data[0] = w;
  layer.bias.data[0] = b;
  return new NetworkModel(new Sequential([layer]), 'mse');
}

/**
 * The follow-up tutorial's network: 1 input → 2 linear hidden neurons → 1 linear output, 7 parameters, MSE.
 * Every parameter starts uniform in [0, 1) from `seed`, like the tutorial's neuron. A non-linear `hidden` activation
 * gives the same 7 parameters with a bend in the middle. @default seed 0, hidden 'linear'
 */
export function createFollowUpNetwork(seed = 0, hidden: ActivationName = 'linear'): NetworkModel {
  const network = createSequential({
    inputDim: 1,
    layers: [
      { units: 2, activation: hidden },
      { units: 1, activation: 'linear' },
    ],
    rng: new Rng(seed),
    kernelInit: 'uniform',
    biasInit: 'uniform',
  });
  return new NetworkModel(network, 'mse');
}
