import { describe, expect, it } from 'vitest';
import type { Optimizer, Param } from '../train/types.js';
import { Adam } from './adam.js';
import { Momentum } from './momentum.js';
import { createOptimizer, optimizerNames } from './registry.js';
import { Rmsprop } from './rmsprop.js';

function param(values: number[], grads: number[]): Param {
  return { name: 'p', shape: [values.length], value: Float64Array.from(values), grad: Float64Array.from(grads) };
}

/** Minimizes f(w) = Σ cᵢ(wᵢ − 3)² with the optimizer and returns the final w. */
function minimize(name: string, lr: number, steps: number): Float64Array {
  const p = param([0, 0], [0, 0]);
  const c = [1, 10];
  const opt = createOptimizer(name);
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < 2; i++) p.grad[i] = 2 * c[i]! * (p.value[i]! - 3);
    opt.step([p], lr);
  }
  return p.value;
}

describe('optimizers', () => {
  it('registers momentum, nesterov, rmsprop and adam next to sgd', () => {
    expect(optimizerNames()).toEqual(expect.arrayContaining(['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam']));
    expect(createOptimizer('nesterov').name).toBe('nesterov');
  });

  for (const [name, lr] of [
    ['momentum', 0.01],
    ['nesterov', 0.01],
    ['rmsprop', 0.01],
    ['adam', 0.05],
  ] as const) {
    it(`brings ${name} to the minimum of an ill-conditioned quadratic`, () => {
      const w = minimize(name, lr, 2000);
      // the minimum is exactly 3; adaptive methods hover within about lr of it, so 0.05 is a fair bound
      expect(Math.abs(w[0]! - 3)).toBeLessThan(0.05);
      expect(Math.abs(w[1]! - 3)).toBeLessThan(0.05);
    });
  }

  it('takes a first Adam step of exactly lr per entry thanks to bias correction', () => {
    const p = param([1, 1], [0.001, -50]);
    new Adam().step([p], 0.1);
    // m̂ = g and v̂ = g², so the step is lr·g/(|g| + ε); ε = 1e-8 shifts it by < 1e-5 relative for |g| ≥ 1e-3
    expect(p.value[0]).toBeCloseTo(0.9, 5);
    expect(p.value[1]).toBeCloseTo(1.1, 5);
  });

  it('follows the momentum and Nesterov formulas over two steps', () => {
    const classic = param([0], [1]);
    const ahead = param([0], [1]);
    const m = new Momentum({ momentum: 0.5 });
    const n = new Momentum({ momentum: 0.5, nesterov: true });
    m.step([classic], 1);
    n.step([ahead], 1);
    m.step([classic], 1);
    n.step([ahead], 1);
    // classic: v = 1, 1.5 → w = −1, −2.5; Nesterov: v = 1, 1.5, step g + μv = 1.5, 1.75 → w = −1.5, −3.25
    expect(classic.value[0]).toBe(-2.5);
    expect(ahead.value[0]).toBe(-3.25);
  });

  it('divides RMSprop steps by the running root mean square', () => {
    const p = param([0], [2]);
    new Rmsprop({ rho: 0.75, epsilon: 1e-12 }).step([p], 1);
    // s = 0.25·4 = 1, step = 2/√1 = 2 (ε = 1e-12 changes it by 1e-12)
    expect(p.value[0]).toBeCloseTo(-2, 10);
  });

  it('adds L2 weight decay and L1 to the gradient without overwriting param.grad', () => {
    const l2 = param([2, -2], [0, 0]);
    const l1 = param([2, -2], [0, 0]);
    new Momentum({ momentum: 0, weightDecay: 0.1 }).step([l2], 1);
    new Momentum({ momentum: 0, l1: 0.1 }).step([l1], 1);
    // with momentum 0 these are plain SGD steps on λw and λ·sign(w)
    expect(Array.from(l2.value)).toEqual([2 - 0.2, -2 + 0.2]);
    expect(Array.from(l1.value)).toEqual([2 - 0.1, -2 + 0.1]);
    expect(Array.from(l2.grad)).toEqual([0, 0]);
  });

  it('gives plain SGD the same penalties, and none when the coefficients are zero', () => {
    const l2 = param([2, -2], [0.5, 0.5]);
    const l1 = param([2, -2], [0.5, 0.5]);
    const none = param([2, -2], [0.5, 0.5]);
    createOptimizer('sgd', { weightDecay: 0.1 }).step([l2], 1);
    createOptimizer('sgd', { l1: 0.1 }).step([l1], 1);
    createOptimizer('sgd', { weightDecay: 0, l1: 0 }).step([none], 1);
    expect(Array.from(l2.value)).toEqual([2 - (0.5 + 0.2), -2 - (0.5 - 0.2)]);
    expect(Array.from(l1.value)).toEqual([2 - (0.5 + 0.1), -2 - (0.5 - 0.1)]);
    expect(Array.from(none.value)).toEqual([2 - 0.5, -2 - 0.5]);
    // set while training, it applies from the next step on
    const live = createOptimizer('sgd');
    const p = param([2, -2], [0.5, 0.5]);
    live.setPenalty!({ weightDecay: 0.1 });
    live.step([p], 1);
    expect(Array.from(p.value)).toEqual(Array.from(l2.value));
  });

  it('starts over after reset', () => {
    const a = new Adam();
    const p = param([0], [1]);
    a.step([p], 0.1);
    a.step([p], 0.1);
    a.reset();
    expect(a.steps).toBe(0);
    const q = param([0], [1]);
    a.step([q], 0.1);
    expect(q.value[0]).toBeCloseTo(-0.1, 7);
  });

  it('rejects out-of-range settings with the name of the setting', () => {
    expect(() => new Adam({ beta1: 1 })).toThrow(/adam: beta1 must be in \[0, 1\), got 1/);
    expect(() => new Momentum({ weightDecay: -1 })).toThrow(
      /momentum: weightDecay must be a finite number >= 0, got -1/,
    );
  });
});

describe('a penalty changed while training', () => {
  it('applies from the next step on and keeps the moments and step count, for every optimizer with a penalty', () => {
    const gradAt = (w: Float64Array) => [2 * (w[0]! - 3), 20 * (w[1]! - 3)];
    // `penalty` adds λ·w to the loss's gradient by hand: the L2 penalty's definition, for the reference
    const run = (opt: Optimizer, q: Param, steps: number, penalty = 0) => {
      for (let s = 0; s < steps; s++) {
        const g = gradAt(q.value);
        q.grad.set([g[0]! + penalty * q.value[0]!, g[1]! + penalty * q.value[1]!]);
        opt.step([q], 0.01);
      }
    };
    for (const name of ['momentum', 'nesterov', 'rmsprop', 'adam']) {
      const live = createOptimizer(name);
      const p = param([0.5, -2], [0, 0]);
      run(live, p, 3);
      const atChange = Float64Array.from(p.value);
      live.setPenalty!({ weightDecay: 0.5 });
      run(live, p, 3);
      // the reference never changes its settings: its state runs on uninterrupted, the penalty put in the gradient
      const ref = createOptimizer(name);
      const q = param([0.5, -2], [0, 0]);
      run(ref, q, 3);
      run(ref, q, 3, 0.5);
      // the same operations in the same order (g + λ·w, then the update): bit-identical
      expect([name, ...p.value]).toEqual([name, ...q.value]);
      // a fresh optimizer from the same weights (state forgotten) lands elsewhere: the kept state is what counts
      const fresh = param(Array.from(atChange), [0, 0]);
      run(createOptimizer(name, { weightDecay: 0.5 }), fresh, 3);
      expect([name, ...fresh.value]).not.toEqual([name, ...p.value]);
    }
  });
});
