import { trainSync } from '@neuronlab/core';
import { materializeRun, planRun, validateRecipe } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { latticePoints, PlaygroundRun, squareDomain } from './playground-run';
import { PLAYGROUND_DEFAULT } from './playground-state';

const SMALL = validateRecipe({ ...PLAYGROUND_DEFAULT, epochs: 20 });

describe('a playground run', () => {
  it('ends bit-identical to the same recipe trained with trainSync, however it is sliced', () => {
    const sliced = new PlaygroundRun(SMALL);
    while (!sliced.finished) sliced.step(3);
    const run = materializeRun(planRun(SMALL));
    let done: unknown;
    for (const e of trainSync(run.model, run.data, run.options)) {
      if (e.type === 'done') done = e;
    }
    expect(sliced.done).toEqual(done);
  });

  it('records one training and one test loss per epoch, and the training loss falls', () => {
    const r = new PlaygroundRun(SMALL);
    expect(r.epoch).toBe(0);
    r.step(1);
    expect(r.epoch).toBe(1);
    r.step(19);
    expect(r.history.length).toBe(21);
    expect(r.history.test.every(Number.isFinite)).toBe(true);
    expect(r.history.train[20]).toBeLessThan(r.history.train[0]!);
  });

  it('predicts one probability per lattice cell for a binary set', () => {
    const r = new PlaygroundRun(SMALL);
    const domain = squareDomain(r.plan.dataset.x);
    const p = r.predict(latticePoints(domain, 10), 100);
    expect(p).toHaveLength(100);
    for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('lays the lattice out row by row from the top left', () => {
    const pts = latticePoints([-1, 1], 2);
    expect(Array.from(pts)).toEqual([-0.5, 0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5]);
    expect(squareDomain(Float64Array.of(-2, 1))).toEqual([-2.2, 2.2]);
  });
});
