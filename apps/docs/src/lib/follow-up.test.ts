import { fit as trainToEnd } from '@neuronlab/core';
import { describe, expect, it } from 'vitest';
import { composedLine, followUpRecipe, followUpRun, followUpStep, sevenParams } from './follow-up';

const blocks = (run: ReturnType<typeof followUpRun>) => run.model.params().map((p) => Array.from(p.value));

describe('the follow-up network of the layers page', () => {
  it('takes the step from the seeded start that neuronlab step takes, ending where one epoch of training ends', () => {
    const recipe = followUpRecipe('linear');
    const step = followUpStep(recipe, 0, 92);
    const run = followUpRun(recipe);
    expect(step.optimizer.params.map((p) => p.before)).toEqual(blocks(run));
    trainToEnd(run.model, run.data, { ...run.options, epochs: 1 });
    expect(step.optimizer.params.map((p) => p.after)).toEqual(blocks(run));
    expect(step.layers[0]!.input).toEqual([42]); // sample 92 is 42 °C
  });

  it('is one straight line when linear: the composed slope and intercept predict what the network predicts', () => {
    const run = followUpRun(followUpRecipe('linear'));
    trainToEnd(run.model, run.data, { ...run.options, epochs: 300 });
    const { slope, intercept } = composedLine(sevenParams(blocks(run)));
    const xs = Float64Array.of(-40, 0, 37);
    const predicted = run.model.predict(xs, 3);
    // the network sums its products in another order than the formula does: equal to rounding
    for (const [i, x] of xs.entries()) expect(predicted[i]).toBeCloseTo(slope * x + intercept, 9);
  });

  it('bends with tanh: equal steps in C no longer give equal steps in F', () => {
    const run = followUpRun(followUpRecipe('tanh'));
    trainToEnd(run.model, run.data, { ...run.options, epochs: 2000 });
    const [a, b, c] = run.model.predict(Float64Array.of(-50, 0, 50), 3);
    // a straight line has b − a = c − b; the trained tanh network is off by tens of °F
    expect(Math.abs(b! - a! - (c! - b!))).toBeGreaterThan(10);
  });

  it('refuses parameter blocks of another network', () => {
    expect(() => sevenParams([[1], [2]])).toThrow(/sevenParams: needs blocks of 2, 2, 2 and 1 values, got 1, 1/);
  });
});
