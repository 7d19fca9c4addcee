import { readFileSync } from 'node:fs';
import REF from '@neuronlab/core/reference' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { neuronGradientsByAutograd } from '../../examples/autograd';
import { fitNeuron } from '../../examples/fit-neuron';
import { saveAndLoad } from '../../examples/model-file';
import { streamProgress } from '../../examples/stream-progress';

// The guide "Use the engine in your code" shows these files verbatim; running them here keeps the guide true.
describe('the code examples of the library guide', () => {
  it('fit-neuron learns the w and b of the float64 reference run', () => {
    const r = fitNeuron();
    expect(r.epochs).toBe(REF.half.epochs);
    // exact: the same float64 arithmetic in the same order as the reference run
    expect(r.w).toBe(REF.half.w);
    expect(r.b).toBe(REF.half.b);
    // 1e-12 relative: the final MSE may differ in the last bits through the order of summation only
    expect(r.loss / REF.half.mse).toBeCloseTo(1, 12);
  });

  it("fit-neuron's closing comment states the result it returns", () => {
    const source = readFileSync(new URL('../../examples/fit-neuron.ts', import.meta.url), 'utf8');
    const comment = /^\/\/ fitNeuron\(\) → \{ w: (\S+), b: (\S+), loss: ≈(\S+), epochs: (\d+) \}$/m.exec(source);
    expect(comment).not.toBeNull();
    const [, w, b, loss, epochs] = comment!.map(Number);
    const r = fitNeuron();
    expect([w, b, epochs]).toEqual([r.w, r.b, r.epochs]);
    // the comment rounds the loss to 2 decimals
    expect(loss).toBe(Number(r.loss.toFixed(2)));
  });

  it('stream-progress reports a loss every 1,000 epochs that ends near zero', async () => {
    const r = await streamProgress();
    expect(r.reason).toBe('completed');
    expect(r.losses.map((l) => l.epoch)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    // lr 1e-3 is just under the stable limit, so 5,000 steps bring the MSE far below 1e-3
    expect(r.final).toBeLessThan(1e-3);
  });

  it('stream-progress stops when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await streamProgress(controller.signal);
    expect(r.reason).toBe('aborted');
  });

  it('autograd gives the gradients the hand derivation gives', () => {
    const r = neuronGradientsByAutograd(0.5, 0.5);
    const xs = [-50, 0, 42];
    const ys = [-58, 32, 107.6];
    const dOut = xs.map((x, i) => (2 * (x * 0.5 + 0.5 - ys[i]!)) / 3);
    // different summation order than the engine: equal to ~1e-12 relative
    expect(r.dw).toBeCloseTo(
      dOut.reduce((s, d, i) => s + d * xs[i]!, 0),
      9,
    );
    expect(r.db).toBeCloseTo(
      dOut.reduce((s, d) => s + d, 0),
      9,
    );
  });
});

describe('the code example of the model files guide', () => {
  it('saves and loads the neuron without changing a single prediction', () => {
    const r = saveAndLoad();
    expect(Array.from(r.after)).toEqual(Array.from(r.before));
    // -40 °C is -40 °F: 10,000 steps at lr 1e-3 bring the neuron to within 1e-6 °F of the true line
    expect(r.before[0]).toBeCloseTo(-40, 6);
    expect(JSON.parse(r.text).format).toBe('neuronlab-model');
  });
});
