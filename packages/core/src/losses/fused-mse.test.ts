import { describe, expect, it } from 'vitest';
import { noGrad } from '../autograd.js';
import { add, mul } from '../ops/arithmetic.js';
import { tensor } from '../tensor.js';
import { mse } from './regression.js';

// ∂/∂pᵢ of mean((p − t)²) = 2(pᵢ − tᵢ)/N, computed in the same order as the loss node computes it
function expectedGrad(p: number[], t: number[]): number[] {
  return p.map((v, i) => (2 * (v - t[i]!)) / p.length);
}

describe('the fused mse node', () => {
  const p = [0.5, -1.25, 3, 2];
  const t = [1, -1, 2.5, 2];

  it('hands ∂L/∂pred to an intermediate it alone consumes, exactly', () => {
    const leaf = tensor(p, [4], { requiresGrad: true });
    const pred = mul(leaf, 1);
    mse(pred, tensor(t)).backward();
    // written whole (not accumulated) because the loss is pred's only consumer; same arithmetic as the formula
    expect(Array.from(pred.grad!)).toEqual(expectedGrad(p, t));
    expect(Array.from(leaf.grad!)).toEqual(expectedGrad(p, t));
  });

  it('adds into an intermediate that another op also consumes', () => {
    const leaf = tensor(p, [4], { requiresGrad: true });
    const pred = mul(leaf, 1);
    const t2 = [0, 0, 0, 0];
    add(mse(pred, tensor(t)), mse(pred, tensor(t2))).backward();
    const a = expectedGrad(p, t);
    const b = expectedGrad(p, t2);
    // both losses contribute to pred.grad; an overwrite would keep only one of them
    const sum = Array.from(pred.grad!);
    for (let i = 0; i < 4; i++) expect(sum[i]).toBeCloseTo(a[i]! + b[i]!, 14);
  });

  it('accumulates into a leaf across backward calls, as leaves always do', () => {
    const leaf = tensor(p, [4], { requiresGrad: true });
    mse(leaf, tensor(t)).backward();
    mse(leaf, tensor(t)).backward();
    expect(Array.from(leaf.grad!)).toEqual(expectedGrad(p, t).map((g) => g + g));
  });

  it('gives the same gradients when backward runs twice on one graph', () => {
    const leaf = tensor(p, [4], { requiresGrad: true });
    const pred = mul(leaf, 1);
    const loss = mse(pred, tensor(t));
    loss.backward();
    loss.backward();
    // the first backward hands its stored ∂L/∂pred over to pred.grad; the second must rebuild it, not reuse stale values
    expect(Array.from(pred.grad!)).toEqual(expectedGrad(p, t));
    expect(Array.from(leaf.grad!)).toEqual(expectedGrad(p, t).map((g) => g + g));
  });

  it('computes the same loss with and without recording the graph', () => {
    const leaf = tensor(p, [4], { requiresGrad: true });
    const recorded = mse(leaf, tensor(t)).item();
    const plain = noGrad(() => mse(leaf, tensor(t)).item());
    expect(recorded).toBe(plain);
    expect(plain).toBe((0.25 + 0.0625 + 0.25 + 0) / 4);
  });
});
