import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Adam } from '../optim/adam.js';
import { Rng } from '../rng.js';
import { NetworkModel } from './network-model.js';
import { createSequential } from './sequential.js';

// Exposes V8's gc() inside this worker without a command-line flag, so heap readings are after a full collection.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function usedHeapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('memory', () => {
  // binary cross-entropy over tanh/sigmoid replays one recorded graph; mae cannot replay, so every step builds a
  // graph and recycles it: both paths must hold a flat heap
  for (const loss of ['binary-cross-entropy', 'mae'] as const) {
    it(`holds a flat heap over 100,000 training steps after warm-up (${loss})`, () => {
      const rng = new Rng(1);
      const n = 16;
      const batch = {
        x: Float64Array.from({ length: n * 2 }, () => rng.uniform(-1, 1)),
        y: Float64Array.from({ length: n }, () => (rng.next() > 0.5 ? 1 : 0)),
        n,
      };
      const net = createSequential({
        inputDim: 2,
        layers: [
          { units: 4, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
        seed: 2,
      });
      const model = new NetworkModel(net, loss);
      const adam = new Adam();
      const run = (steps: number): void => {
        for (let s = 0; s < steps; s++) {
          model.lossAndGrad(batch);
          adam.step(model.params(), 0.01);
        }
      };
      run(10_000);
      const before = usedHeapAfterGc();
      run(100_000);
      const after = usedHeapAfterGc();
      // a retained graph would keep ~1 KB per step (≈ 100 MB here); 1 MB allows for V8's own bookkeeping noise
      expect(after - before).toBeLessThan(1_000_000);
    }, 120_000);
  }
});
