/** A network's side of a traced step: each layer's z, a and gradients from the engine's own graph. */
import type { NetworkModel } from '../nn/network-model.js';
import type { Batch } from '../train/types.js';
import type { LayerStep, NetworkStep, OptimizerStep, StepPlace } from './step-trace.js';

/**
 * Runs the network's step graph on the batch at the current parameters (`NetworkModel.inspectStep`: the same layer
 * calls and loss as `lossAndGrad`), keeps the chosen sample's row of every layer and the batch sums ∂L/∂W and ∂L/∂b,
 * and returns a function that completes the record with the optimizer's update once it happened.
 */
export function recordNetworkStep(
  model: NetworkModel,
  batch: Batch,
  sample: number,
): (place: StepPlace, update: OptimizerStep) => NetworkStep {
  const inspected = model.inspectStep(batch);
  const row = (values: Float64Array, units: number) =>
    Array.from(values.subarray(sample * units, (sample + 1) * units));
  const params = model.params();
  let input: readonly number[] = row(batch.x, model.inputDim);
  const layers: LayerStep[] = inspected.layers.map((layer, i) => {
    const dense = model.network.layers[i]!;
    const weight = params[2 * i]!;
    const bias = params[2 * i + 1]!;
    const step: LayerStep = {
      units: layer.units,
      activation: dense.activation,
      input,
      weight: Array.from(weight.value),
      bias: Array.from(bias.value),
      z: row(layer.z, layer.units),
      a: row(layer.a, layer.units),
      dz: row(layer.dz, layer.units),
      da: layer.da === null ? null : row(layer.da, layer.units),
      // inspectStep leaves the parameter gradients of its graph, the batch sums
      dWeight: Array.from(weight.grad),
      dBias: Array.from(bias.grad),
    };
    input = step.a;
    return step;
  });
  const target = row(batch.y, model.outputDim);
  return (place, optimizer) => ({
    kind: 'sequential',
    ...place,
    lossName: model.loss.name,
    target,
    layers,
    loss: inspected.loss,
    optimizer,
  });
}
