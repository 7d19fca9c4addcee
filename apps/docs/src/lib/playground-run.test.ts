import { trainSync } from '@neuronlab/core';
import { materializeRun, planRun, validateRecipe } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { latticePoints, PlaygroundRun, squareDomain } from './playground-run';
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
    const losses = r.snapshot(latticePoints([-1, 1], 2), Float64Array.of(0, 0)).losses;
    expect(losses.map((p) => p.epoch)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(losses.every((p) => Number.isFinite(p.test))).toBe(true);
    expect(losses[20]!.train).toBeLessThan(losses[0]!.train);
  });

  it('predicts one probability per lattice cell for a binary set', () => {
    const r = new PlaygroundRun(planRun(SMALL));
    const domain = squareDomain(r.plan.dataset.x);
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
    const last = (r: PlaygroundRun) => r.snapshot(latticePoints([-1, 1], 2), Float64Array.of(0, 0)).losses.at(-1)!;
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

  it('snapshots every neuron with the engine’s own numbers: the last layer’s grid is the prediction', () => {
    const r = new PlaygroundRun(planRun(SMALL));
    r.step(3);
    const grid = latticePoints(squareDomain(r.plan.dataset.x), 6);
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
    const at = (r: PlaygroundRun) => r.snapshot(latticePoints([-1, 1], 2), Float64Array.of(0, 0)).dead;
    expect(at(new PlaygroundRun(dead))).toBe(true);
    expect(at(new PlaygroundRun(plan))).toBe(false);
  });

  it('lays the lattice out row by row from the top left', () => {
    const pts = latticePoints([-1, 1], 2);
    expect(Array.from(pts)).toEqual([-0.5, 0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5]);
    expect(squareDomain(Float64Array.of(-2, 1))).toEqual([-2.2, 2.2]);
  });
});
