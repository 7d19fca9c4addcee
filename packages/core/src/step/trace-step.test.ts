import { describe, expect, it } from 'vitest';
import reference from '../../reference/neuron-reference.json' with { type: 'json' };
import { createNeuron } from '../neuron/neuron.js';
import { tutorialBatch } from '../neuron/tutorial-data.test-util.js';
import { NetworkModel } from '../nn/network-model.js';
import { createSequential } from '../nn/sequential.js';
import { binarySets } from '../nn/toy-data.test-util.js';
import { Rng } from '../rng.js';
import { fit } from '../train/train.js';
import { Trainer } from '../train/trainer.js';
import type { Trainable } from '../train/types.js';
import type { NetworkStep, NeuronStep } from './step-trace.js';
import { traceStep } from './trace-step.js';

const values = (model: Trainable) => model.params().map((p) => Array.from(p.value));

describe('traceStep on the tutorial neuron', () => {
  for (const key of ['step', 'stepMistake'] as const) {
    const ref = reference[key];
    it(`spells out the step after ${ref.at} epochs (${ref.gradient}) with the Python reference's numbers, bit for bit`, () => {
      const neuron = createNeuron({ w: 0.5, b: 0.5 }, { gradient: ref.gradient as 'correct' | 'tutorial-mistake' });
      const step = traceStep(neuron, { train: tutorialBatch() }, { lr: ref.lr, epochs: 10, at: ref.at }) as NeuronStep;
      expect(step.kind).toBe('neuron');
      // both sides sum the same float64 terms in the same order, so every number agrees exactly
      expect([step.w, step.b]).toEqual([ref.w, ref.b]);
      expect(step.out).toEqual(ref.out);
      expect(step.error).toEqual(ref.error);
      expect(step.loss).toBe(ref.loss);
      expect(step.dOut).toEqual(ref.dOut);
      expect(step.dwTerms).toEqual(ref.dwTerms);
      expect([step.dw, step.db, step.dwCorrect]).toEqual([ref.dw, ref.db, ref.dwCorrect]);
      const [w, b] = step.optimizer.params;
      expect([w!.step[0], b!.step[0]]).toEqual([ref.lrDw, ref.lrDb]);
      expect([w!.after[0], b!.after[0]]).toEqual([ref.newW, ref.newB]);
      expect([neuron.w, neuron.b]).toEqual([ref.newW, ref.newB]);
    });
  }

  it('tells the mistaken weight gradient from the chain rule’s only under the tutorial’s mistake', () => {
    const correct = traceStep(createNeuron({ w: 0.5, b: 0.5 }), { train: tutorialBatch() }, {}) as NeuronStep;
    expect(correct.dw).toBe(correct.dwCorrect);
    const mistake = createNeuron({ w: 0.5, b: 0.5 }, { gradient: 'tutorial-mistake' });
    const wrong = traceStep(mistake, { train: tutorialBatch() }, {}) as NeuronStep;
    expect(wrong.dw).not.toBe(wrong.dwCorrect);
    expect(wrong.dwCorrect).toBe(correct.dwCorrect);
  });

  it('leaves the neuron where train leaves it after at + 1 epochs, bit for bit', () => {
    const options = { lr: 1e-4, epochs: 20 };
    const trained = createNeuron({ seed: 3 });
    fit(trained, { train: tutorialBatch() }, { ...options, epochs: 8 });
    const stepped = createNeuron({ seed: 3 });
    const step = traceStep(stepped, { train: tutorialBatch() }, { ...options, at: 7 });
    expect(values(stepped)).toEqual(values(trained));
    expect(step.optimizer.params.map((p) => p.after)).toEqual(values(trained));
  });

  it('gives a learning-rate schedule the run’s own epoch count, so the step is the one a scheduled run takes', () => {
    const options = { lr: 1e-3, epochs: 20, schedule: (e: number, lr: number, total: number) => lr * (1 - e / total) };
    const trained = createNeuron({ seed: 3 });
    const trainer = new Trainer(trained, { train: tutorialBatch() }, options);
    for (let e = 0; e < 5; e++) trainer.runEpoch();
    const step = traceStep(createNeuron({ seed: 3 }), { train: tutorialBatch() }, { ...options, at: 4 });
    expect(step.lr).toBe(1e-3 * (1 - 5 / 20));
    expect(step.optimizer.params.map((p) => p.after)).toEqual(values(trained));
  });
});

/** A small two-class set and a tanh network, trained in minibatches of 16 (the last batch shorter). */
function moons() {
  const data = binarySets.moons!(70, new Rng(2));
  const make = () =>
    new NetworkModel(
      createSequential({
        inputDim: 2,
        layers: [
          { units: 5, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
        seed: 4,
      }),
      'binary-cross-entropy',
    );
  return { data, make };
}

describe('traceStep on a network', () => {
  const options = { optimizer: 'adam', lr: 0.05, batchSize: 16, epochs: 30, seed: 9 } as const;

  it('takes the last minibatch of epoch at + 1 with Adam and leaves the parameters train has then, bit for bit', () => {
    const { data, make } = moons();
    const trained = make();
    fit(trained, { train: data }, { ...options, epochs: 6 });
    const stepped = make();
    const step = traceStep(stepped, { train: data }, { ...options, at: 5, sample: 2 }) as NetworkStep;
    expect(values(stepped)).toEqual(values(trained));
    expect(step.optimizer.params.map((p) => p.after)).toEqual(values(trained));
    // 70 samples in batches of 16: four full ones and a last of 6, the step's batch
    expect([step.batch, step.batches, step.batchSize, step.stepsBefore]).toEqual([4, 5, 6, 29]);
    expect(step.optimizer.adam?.t).toBe(30);
  });

  it('shows Adam’s step as the amount subtracted, with m̂ and v̂ the moments over their bias corrections', () => {
    const { data, make } = moons();
    const step = traceStep(make(), { train: data }, { ...options, at: 2 }) as NetworkStep;
    const { beta1, beta2, t } = step.optimizer.adam!;
    for (const p of step.optimizer.params) {
      const adam = p.adam!;
      for (const [i, v] of p.before.entries()) expect(v - p.step[i]!).toBe(p.after[i]);
      // the corrections are detMath.pow in the engine; Math.pow may differ in the last bit
      for (const [i, m] of adam.m.entries()) expect(adam.mHat[i]).toBeCloseTo(m / (1 - beta1 ** t), 12);
      for (const [i, v] of adam.v.entries()) expect(adam.vHat[i]).toBeCloseTo(v / (1 - beta2 ** t), 12);
    }
  });

  it('gives the gradients lossAndGrad gives on the same batch, and each layer’s a from its z', () => {
    const { data, make } = moons();
    const step = traceStep(make(), { train: data }, { ...options, batchSize: 'full', optimizer: 'sgd' }) as NetworkStep;
    const fresh = make();
    fresh.lossAndGrad(data);
    const grads = fresh.params().map((p) => Array.from(p.grad));
    expect(step.layers.flatMap((l) => [l.dWeight, l.dBias])).toEqual(grads);
    expect(step.optimizer.params.map((p) => p.grad)).toEqual(grads);
    // tanh and sigmoid in the engine are detMath's; 1e-15 allows Math's last-bit differences
    for (const [j, z] of step.layers[0]!.z.entries()) expect(step.layers[0]!.a[j]).toBeCloseTo(Math.tanh(z), 15);
    expect(step.layers[1]!.input).toEqual(step.layers[0]!.a);
  });

  it('refuses an epoch at or past the last and a sample outside the batch', () => {
    const { data, make } = moons();
    expect(() => traceStep(make(), { train: data }, { ...options, at: 30 })).toThrow(RangeError);
    expect(() => traceStep(make(), { train: data }, { ...options, sample: 6 })).toThrow(/sample/);
  });
});
