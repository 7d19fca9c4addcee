import { Trainer, trainSync } from '@neuronlab/core';
import { createOptimizer } from '@neuronlab/core/nn';
import { materializeRun, planRun, validateRecipe } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { latticePoints, mapDomain, mapPoint, PlaygroundRun } from './playground-run';

/** The map from -1 to 1 on both inputs. */
const UNIT = { x1: [-1, 1], x2: [-1, 1] } as const;

import { PLAYGROUND_DEFAULT } from './playground-state';

const SMALL = validateRecipe({ ...PLAYGROUND_DEFAULT, epochs: 20 });

describe('a playground run', () => {
  it('ends bit-identical to the same recipe trained with trainSync, however it is sliced', () => {
    const sliced = new PlaygroundRun(planRun(SMALL));
    while (!sliced.finished) sliced.step(3);
    const run = materializeRun(planRun(SMALL));
    let done: unknown;
    for (const e of trainSync(run.model, run.data, run.options)) {
      if (e.type === 'done') done = e;
    }
    expect(sliced.done).toEqual(done);
  });

  it('records one training and one test loss per epoch, and the training loss falls', () => {
    const r = new PlaygroundRun(planRun(SMALL));
    expect(r.epoch).toBe(0);
    r.step(1);
    expect(r.epoch).toBe(1);
    r.step(19);
    const losses = r.snapshot(latticePoints(UNIT, 2), Float64Array.of(0, 0)).losses;
    expect(losses.map((p) => p.epoch)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(losses.every((p) => Number.isFinite(p.test))).toBe(true);
    expect(losses[20]!.train).toBeLessThan(losses[0]!.train);
  });

  it('predicts one probability per lattice cell for a binary set', () => {
    const r = new PlaygroundRun(planRun(SMALL));
    const domain = mapDomain(r.plan.dataset.x);
    const p = r.predict(latticePoints(domain, 10), 100);
    expect(p).toHaveLength(100);
    for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('changes the learning rate live: epochs go on, and the next epochs differ from an unsteered run', () => {
    const steered = new PlaygroundRun(planRun(SMALL));
    const plain = new PlaygroundRun(planRun(SMALL));
    steered.step(5);
    plain.step(5);
    steered.steer({ lr: 0.3, regularization: SMALL.regularization, batchSize: SMALL.batchSize });
    expect(steered.epoch).toBe(5);
    steered.step(1);
    plain.step(1);
    expect(steered.epoch).toBe(6);
    const last = (r: PlaygroundRun) => r.snapshot(latticePoints(UNIT, 2), Float64Array.of(0, 0)).losses.at(-1)!;
    const [a, b] = [last(steered), last(plain)];
    expect(a.epoch).toBe(6);
    expect(a.train).not.toBe(b.train);
  });

  it('continues the same model at a new batch size with epochs counted on to the recipe’s total', () => {
    const r = new PlaygroundRun(planRun(SMALL));
    r.step(4);
    r.steer({ lr: SMALL.lr, regularization: { kind: 'l2', rate: 0.01 }, batchSize: 'full' });
    r.step(100);
    expect(r.epoch).toBe(SMALL.epochs);
    expect(r.done?.epochs).toBe(SMALL.epochs);
  });

  it('takes a new penalty live as a core Trainer whose optimizer gets it at the same epoch, moments kept', () => {
    const r = new PlaygroundRun(planRun(SMALL));
    r.step(4);
    r.steer({ lr: SMALL.lr, regularization: { kind: 'l2', rate: 0.01 }, batchSize: SMALL.batchSize });
    r.step(3);
    // the reference: one core Trainer, one Adam, the penalty set on it after epoch 4 and nothing else touched
    const run = materializeRun(planRun(SMALL));
    const adam = createOptimizer('adam');
    const trainer = new Trainer(run.model, run.data, { ...run.options, optimizer: adam });
    for (let e = 0; e < 4; e++) trainer.runEpoch();
    adam.setPenalty!({ weightDecay: 0.01 });
    for (let e = 0; e < 3; e++) trainer.runEpoch();
    // the same operations in the same order: bit-identical parameters
    expect(r.live.model.params().map((p) => Array.from(p.value))).toEqual(
      run.model.params().map((p) => Array.from(p.value)),
    );
    expect(r.epoch).toBe(7);
  });

  it('keeps Adam’s moments and step count across a live batch size change', () => {
    const r = new PlaygroundRun(planRun(SMALL));
    r.step(3);
    // Adam's own view of its state (moments() hands out the live arrays, so they are copied)
    const adam = r.optimizer as unknown as {
      readonly steps: number;
      readonly beta1: number;
      moments(value: Float64Array): readonly [Float64Array, Float64Array] | null;
    };
    const weight = r.live.model.params()[0]!;
    const stepsBefore = adam.steps;
    const mBefore = Float64Array.from(adam.moments(weight.value)![0]);
    expect(stepsBefore).toBe(3 * Math.ceil(r.plan.train.n / 32));
    r.steer({ lr: SMALL.lr, regularization: SMALL.regularization, batchSize: 'full' });
    r.step(1);
    // one full-batch epoch is one more step of the same optimizer, not the first step of a fresh one
    expect(adam.steps).toBe(stepsBefore + 1);
    // m ← β₁m + (1 − β₁)g with the step's gradient (left in grad): the same operations, so bit-identical
    const mAfter = adam.moments(weight.value)![0];
    const expected = mBefore.map((m, i) => adam.beta1 * m + (1 - adam.beta1) * weight.grad[i]!);
    expect(Array.from(mAfter)).toEqual(Array.from(expected));
  });

  it('snapshots every neuron with the engine’s own numbers: the last layer’s grid is the prediction', () => {
    const r = new PlaygroundRun(planRun(SMALL));
    r.step(3);
    const grid = latticePoints(mapDomain(r.plan.dataset.x), 6);
    const point = Float64Array.of(0.3, -0.7);
    const snap = r.snapshot(grid, point);
    expect(snap.layers.map((l) => l.units)).toEqual([...SMALL.model.hidden, 1]);
    // bit-exact: both come from the same forward pass of the same parameters
    expect(snap.layers.at(-1)!.grid).toEqual(r.predict(grid, 36));
    expect(snap.layers.at(-1)!.a).toEqual(r.predict(point, 1));
    const first = snap.layers[0]!;
    let z = first.bias[0]!;
    for (let i = 0; i < 2; i++) z += snap.inputs[i]! * first.weight[i * first.units]!;
    // the formula the page shows, summed in the same order as the kernel: equal to the last bits for two inputs
    expect(first.z[0]).toBeCloseTo(z, 14);
    expect(snap.dead).toBe(false);
  });

  it('calls a network dead when a ReLU layer outputs 0 for every training point, and only then', () => {
    const plan = planRun(validateRecipe({ ...SMALL, model: { ...SMALL.model, activation: 'relu' } }));
    // a bias of -100 in the first layer puts z far below 0 for every point of the small spiral
    const params = plan.initialModel.params.map((p, i) => (i === 1 ? p.map(() => -100) : p));
    const dead = { ...plan, initialModel: { ...plan.initialModel, params } };
    const at = (r: PlaygroundRun) => r.snapshot(latticePoints(UNIT, 2), Float64Array.of(0, 0)).dead;
    expect(at(new PlaygroundRun(dead))).toBe(true);
    expect(at(new PlaygroundRun(plan))).toBe(false);
  });

  it('lays the lattice out row by row from the top left', () => {
    const pts = latticePoints(UNIT, 2);
    expect(Array.from(pts)).toEqual([-0.5, 0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5]);
    const tall = latticePoints({ x1: [0, 4], x2: [10, 30] }, 2);
    expect(Array.from(tall)).toEqual([1, 25, 3, 25, 1, 15, 3, 15]);
    expect(mapPoint({ x1: [0, 4], x2: [10, 30] }, 0.25, 0.75)).toEqual([1, 15]);
  });

  it('centres one square on the origin for data around it, and fits data away from it axis by axis', () => {
    expect(mapDomain(Float64Array.of(-2, 1, 0.5, -0.5))).toEqual({ x1: [-2.2, 2.2], x2: [-2.2, 2.2] });
    // weights of 4 to 20 kg and heights of 25 to 55 cm: each axis its own range, 5% wider at each end
    const pets = mapDomain(Float64Array.of(4, 25, 20, 55, 12, 40));
    expect(pets.x1[0]).toBeCloseTo(3.2, 12);
    expect(pets.x1[1]).toBeCloseTo(20.8, 12);
    expect(pets.x2[0]).toBeCloseTo(23.5, 12);
    expect(pets.x2[1]).toBeCloseTo(56.5, 12);
    // one axis around 0 and the other away from it, or counts from 0: the points still fill the map
    expect(mapDomain(Float64Array.of(-1, 100, 1, 200)).x2[0]).toBeGreaterThan(90);
    expect(mapDomain(Float64Array.of(0, 0, 4, 6)).x1).toEqual([-0.2, 4.2]);
  });
});
