import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { trainSync } from '@neuronlab/core';
import type { NetworkModel } from '@neuronlab/core/nn';
import { materializeRun, planRun, predictRaw, recipeFromFlags } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '../session/network-reading.js';
import type { NetworkReading, Prediction } from '../session/worker-protocol.js';
import { TrialProbes } from './trial-probes.js';

/** A trained 2-4-1 network on xor, its plan, and its final numbers as a trial's end sends them. */
function trained() {
  const run = materializeRun(planRun(recipeFromFlags({ dataset: 'xor', hidden: '4', epochs: '30' })));
  [...trainSync(run.model, run.data, { ...run.options, reportEvery: 10 })];
  const params = run.model.params();
  const final = {
    params: params.map((p) => Float64Array.from(p.value)),
    grads: params.map((p) => Float64Array.from(p.grad)),
  };
  return { run, final };
}

const reading = (id: number, epoch: number): NetworkReading => ({
  id,
  epoch,
  input: new Float64Array(2),
  layers: [],
  neuron: null,
});

describe('TrialProbes', () => {
  it('sends asks to the trial’s thread and wakes it, numbering them as it goes', () => {
    const { port1, port2 } = new MessageChannel();
    let wakes = 0;
    const probes = new TrialProbes(port1, () => wakes++, undefined);
    const chart = probes.predictAt(Float64Array.of(1, 2), 1);
    const probe = probes.probe({ x: Float64Array.of(1, 2), n: 1, layer: 0, unit: 3 });
    expect(receiveMessageOnPort(port2)?.message).toEqual({
      type: 'chart',
      chart: { id: chart, x: Float64Array.of(1, 2), n: 1 },
    });
    expect(receiveMessageOnPort(port2)?.message).toMatchObject({
      type: 'probe',
      probe: { id: probe, layer: 0, unit: 3 },
    });
    expect(wakes).toBe(2);
    port1.close();
  });

  it('shows the latest answers that came with the events, and keeps the first chart’s answer at epoch 0 as the line before training', () => {
    const { port1 } = new MessageChannel();
    const probes = new TrialProbes(port1, () => {}, { x: Float64Array.of(0, 1), n: 2 });
    expect(probes.firstChart?.id).toBe(1);
    const before: Prediction = { id: 1, epoch: 0, values: Float64Array.of(5, 6) };
    probes.taken({ prediction: before, reading: null });
    const later: Prediction = { id: 1, epoch: 30, values: Float64Array.of(7, 8) };
    probes.taken({ prediction: later, reading: reading(4, 30) });
    probes.taken({ prediction: null, reading: null });
    expect(probes.initial).toBe(before);
    expect(probes.prediction()).toBe(later);
    expect(probes.reading()?.id).toBe(4);
    port1.close();
  });

  it('answers from the final model once the trial has ended, as the trained model itself does, gradients included', () => {
    const { run, final } = trained();
    const { port1, port2 } = new MessageChannel();
    const probes = new TrialProbes(port1, () => {}, undefined);
    probes.end(run.plan, final, 30);
    port1.close();
    const x = Float64Array.of(0.3, -0.7, -0.2, 0.9);
    const chart = probes.predictAt(x, 2);
    const probe = probes.probe({ x, n: 2, layer: 0, unit: 2 });
    expect(receiveMessageOnPort(port2)).toBeUndefined();
    expect(probes.prediction()).toEqual({ id: chart, epoch: 30, values: predictRaw(run.model, run.plan, x, 2) });
    const here = readNetwork(run.model as NetworkModel, run.plan, { id: probe, x, n: 2, layer: 0, unit: 2 }, 30);
    expect(probes.reading()).toEqual(here);
    // the last step's gradients, not zeros: the panel's ∂L/∂w column reads them
    expect(here.neuron?.grads.some((g) => g !== 0)).toBe(true);
  });
});
