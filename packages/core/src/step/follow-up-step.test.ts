import { describe, expect, it } from 'vitest';
import { tutorialBatch } from '../neuron/tutorial-data.test-util.js';
import { createFollowUpNetwork } from '../nn/presets.js';
import type { NetworkStep } from './step-trace.js';
import { traceStep } from './trace-step.js';

// The engine sums in its own order (matmul's loops), the derivation below in sample order: the same terms, so the
// results agree to a few ulps of the largest term; 1e-11 relative leaves room for that and nothing more.
function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(expected)));
}

describe('traceStep on the follow-up 1-2-1 linear network', () => {
  it('agrees with the chain rule written out by hand for every number of a full-batch SGD step', () => {
    const net = createFollowUpNetwork(5);
    const [w1, b1, v, c] = net.params().map((p) => Array.from(p.value)) as [number[], number[], number[], number[]];
    const data = tutorialBatch();
    const lr = 1e-4;
    const step = traceStep(net, { train: data }, { lr, epochs: 1, sample: 7 }) as NetworkStep;
    const n = data.n;
    const xs = Array.from(data.x);
    const ys = Array.from(data.y);
    // forward: hᵢⱼ = w₁ⱼ·xᵢ + b₁ⱼ, outᵢ = Σⱼ hᵢⱼ·vⱼ + c
    const h = xs.map((x) => [0, 1].map((j) => w1[j]! * x + b1[j]!));
    const out = h.map((hi) => hi[0]! * v[0]! + hi[1]! * v[1]! + c[0]!);
    const loss = out.reduce((s, o, i) => s + (o - ys[i]!) ** 2, 0) / n;
    // backward: ∂L/∂outᵢ = 2(outᵢ − yᵢ)/N, then ∂L/∂hᵢⱼ = ∂L/∂outᵢ·vⱼ, and each weight sums its input times that
    const dOut = out.map((o, i) => (2 * (o - ys[i]!)) / n);
    const dh = dOut.map((d) => [d * v[0]!, d * v[1]!]);
    const sum = (f: (i: number) => number) => xs.reduce((s, _, i) => s + f(i), 0);
    const dv = [0, 1].map((j) => sum((i) => dOut[i]! * h[i]![j]!));
    const dc = sum((i) => dOut[i]!);
    const dw1 = [0, 1].map((j) => sum((i) => dh[i]![j]! * xs[i]!));
    const db1 = [0, 1].map((j) => sum((i) => dh[i]![j]!));

    const [hidden, output] = step.layers as [NetworkStep['layers'][0], NetworkStep['layers'][0]];
    expect(hidden.input).toEqual([xs[7]]);
    hidden.z.forEach((z, j) => {
      close(z, h[7]![j]!);
    });
    expect(hidden.a).toEqual(hidden.z); // linear: a = z
    close(output.z[0]!, out[7]!);
    close(step.loss, loss);
    close(output.dz[0]!, dOut[7]!);
    hidden.dz.forEach((d, j) => {
      close(d, dh[7]![j]!);
    });
    output.dWeight.forEach((d, j) => {
      close(d, dv[j]!);
    });
    close(output.dBias[0]!, dc);
    hidden.dWeight.forEach((d, j) => {
      close(d, dw1[j]!);
    });
    hidden.dBias.forEach((d, j) => {
      close(d, db1[j]!);
    });
    // the update: SGD subtracts lr·grad from each of the 7 parameters
    const expected = [
      w1.map((w, j) => w - lr * dw1[j]!),
      b1.map((b, j) => b - lr * db1[j]!),
      v.map((w, j) => w - lr * dv[j]!),
      [c[0]! - lr * dc],
    ];
    expect(step.optimizer.params.flatMap((p) => p.after)).toHaveLength(7);
    for (const [k, p] of step.optimizer.params.entries()) {
      for (const [i, a] of p.after.entries()) close(a, expected[k]![i]!);
    }
  });
});
