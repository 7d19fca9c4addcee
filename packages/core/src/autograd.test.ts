import { describe, expect, it } from 'vitest';
import { noGrad } from './autograd.js';
import { add, mul } from './ops/arithmetic.js';
import { sum } from './ops/reduce.js';
import { tanh } from './ops/unary.js';
import { scalar, type Tensor, tensor } from './tensor.js';

describe('reverse-mode autodiff', () => {
  // 100,000 nodes forward and back is real work: seconds on a busy machine
  it('walks a graph 100,000 nodes deep without recursion', { timeout: 60_000 }, () => {
    const x = scalar(0.5, { requiresGrad: true });
    let y: Tensor = x;
    // each step y ← y·1 + 0: the chain is 200,000 ops long and ∂y/∂x stays exactly 1
    for (let i = 0; i < 100_000; i++) y = add(mul(y, 1), 0);
    y.backward();
    expect(x.grad![0]).toBe(1);
  });

  it('uses a shared input twice and adds both paths', () => {
    const x = scalar(3, { requiresGrad: true });
    mul(x, x).backward();
    // d(x²)/dx = 2x = 6, exactly representable
    expect(x.grad![0]).toBe(6);
  });

  it('accumulates leaf gradients over two backward passes and repeats them after zeroGrad', () => {
    const w = tensor([1, -2], [2], { requiresGrad: true });
    const loss = sum(tanh(mul(w, 0.5)));
    loss.backward();
    const once = Array.from(w.grad!);
    loss.backward();
    expect(Array.from(w.grad!)).toEqual(once.map((g) => 2 * g));
    w.zeroGrad();
    loss.backward();
    expect(Array.from(w.grad!)).toEqual(once);
  });

  it('records no graph inside noGrad', () => {
    const w = scalar(2, { requiresGrad: true });
    const y = noGrad(() => mul(w, 3));
    expect(y.requiresGrad).toBe(false);
    expect(y.parents).toHaveLength(0);
    expect(y.item()).toBe(6);
    expect(mul(w, 3).requiresGrad).toBe(true);
  });

  it('frees the graph behind a loss on request', () => {
    const w = scalar(2, { requiresGrad: true });
    const loss = mul(add(w, 1), 2);
    loss.backward();
    loss.freeGraph();
    expect(loss.parents).toHaveLength(0);
    expect(w.grad![0]).toBe(2);
  });

  it('refuses to backpropagate from a tensor with several values', () => {
    const w = tensor([1, 2], [2], { requiresGrad: true });
    expect(() => mul(w, 2).backward()).toThrow(/backward: the root must hold one value, got shape \[2\]/);
  });
});
