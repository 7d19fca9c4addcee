import { describe, expect, it } from 'vitest';
import { celsiusBatch } from './celsius-batch';
import { NeuronSession } from './neuron-session';
import { breakdownStep } from './step-by-hand';

function engine(s: NeuronSession) {
  const loss = s.neuron.lossAndGrad(s.batch);
  const [w, b] = s.neuron.params();
  return { outputs: s.predict(s.batch.x), loss, dw: w!.grad[0]!, db: b!.grad[0]! };
}

describe('one step by hand', () => {
  it('spells out 42 °C → 107.6 °F from w = b = 0.5 with the real numbers', () => {
    const s = new NeuronSession(celsiusBatch());
    const d = breakdownStep(s.batch, 92, s.w, s.b, s.lr, engine(s));
    expect(d.x).toBe(42);
    // 42·9/5 + 32 in float64 is 107.60000000000001; 1e-12 allows that rounding
    expect(d.y).toBeCloseTo(107.6, 12);
    expect(d.out).toBe(21.5);
    expect(d.dOut).toBeCloseTo(-1.722, 12);
    expect(d.dwShare).toBeCloseTo(-72.324, 10);
  });

  it('has per-sample shares that add up to the engine gradients', () => {
    const s = new NeuronSession(celsiusBatch());
    const e = engine(s);
    let dw = 0;
    let db = 0;
    for (let i = 0; i < s.batch.n; i++) {
      const d = breakdownStep(s.batch, i, s.w, s.b, s.lr, e);
      dw += d.dwShare;
      db += d.dbShare;
    }
    // same terms, same order as the engine's loop: equal to rounding of a 100-term sum
    expect(dw).toBeCloseTo(e.dw, 9);
    expect(db).toBeCloseTo(e.db, 12);
  });

  it('predicts exactly the parameters the optimizer produces after the step', () => {
    const s = new NeuronSession(celsiusBatch());
    const d = breakdownStep(s.batch, 92, s.w, s.b, s.lr, engine(s));
    s.step(1);
    expect(s.w).toBe(d.wNext);
    expect(s.b).toBe(d.bNext);
  });

  it('rejects a sample index outside the batch', () => {
    const s = new NeuronSession(celsiusBatch());
    expect(() => breakdownStep(s.batch, 100, s.w, s.b, s.lr, engine(s))).toThrow(RangeError);
  });
});
