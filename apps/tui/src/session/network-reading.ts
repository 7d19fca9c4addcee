import type { NetworkModel } from '@neuronlab/core/nn';
import type { InputPrep } from '@neuronlab/lab';
import { modelInputs } from '@neuronlab/lab';
import type { NetworkProbe, NetworkReading, NeuronWeights } from './worker-protocol.js';

/**
 * The network panel's numbers at a probe, made where the model lives: the probe's rows (the selected sample and the
 * heatmap grid together, in the data's own units) made into the model's inputs as training made its rows (features,
 * then normalization), one forward pass through core's `layerActivations` over them, and copies of the
 * selected neuron's incoming weights, bias and their gradients (the last step's). Nothing in it is shared with the
 * model (layerActivations returns arrays of its own), so the reading stays as it was while training goes on.
 */
export function readNetwork(model: NetworkModel, prep: InputPrep, probe: NetworkProbe, epoch: number): NetworkReading {
  const input = modelInputs(prep, probe.x, probe.n);
  const layers = model.layerActivations(input, probe.n);
  return { id: probe.id, epoch, input, layers, neuron: neuronWeights(model, probe.layer, probe.unit) };
}

/** Column `unit` of layer `layer`'s weight matrix W [inputs, units] and its bias, or null when there is no such neuron. */
function neuronWeights(model: NetworkModel, layer: number, unit: number): NeuronWeights | null {
  const dense = model.network.layers[layer];
  if (dense === undefined || !Number.isInteger(unit) || unit < 0 || unit >= dense.units) return null;
  const { inputDim: inputs, units } = dense;
  const w = dense.weight;
  const b = dense.bias;
  const weights = Float64Array.from({ length: inputs }, (_, i) => w.data[i * units + unit] as number);
  // a gradient is there once a step has run (the layer's tensors require grad, so autograd keeps one)
  const grads = Float64Array.from({ length: inputs }, (_, i) => w.grad?.[i * units + unit] ?? 0);
  return { weights, grads, bias: b.data[unit] as number, biasGrad: b.grad?.[unit] ?? 0 };
}
