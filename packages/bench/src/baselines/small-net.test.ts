import { describe, expect, it } from 'vitest';
import { coreSmallNet, SMALL_NET_SIZES, trainCoreSmallNet } from '../cases/small-net.js';
import { spiralSamples } from '../data.js';
import { HandSmallNet, smallNetInit, trainHandSmallNet } from './small-net.js';

describe('the hand-written small network', () => {
  it('has gradients that match central differences of its loss', () => {
    const data = spiralSamples(20, 1);
    const net = new HandSmallNet(SMALL_NET_SIZES, smallNetInit(SMALL_NET_SIZES, 2), 20);
    net.lossAndGrad(data.x, data.y, 20);
    const grads = net.grads.map((g) => g.slice());
    const h = 1e-6;
    for (const [block, index] of [
      [0, 3],
      [1, 5],
      [2, 40],
      [3, 0],
      [4, 7],
      [5, 0],
    ] as const) {
      const p = net.params[block]!;
      const keep = p[index]!;
      p[index] = keep + h;
      const up = net.lossAndGrad(data.x, data.y, 20);
      p[index] = keep - h;
      const down = net.lossAndGrad(data.x, data.y, 20);
      p[index] = keep;
      // central differences are accurate to O(h²) ≈ 1e-12 plus rounding ≈ 1e-16/h = 1e-10
      expect(Math.abs((up - down) / (2 * h) - grads[block]![index]!)).toBeLessThan(1e-7);
    }
  });

  it("reports the same loss after every epoch as core's Sequential + Adam through trainSync", () => {
    const data = spiralSamples(200, 7);
    const init = smallNetInit(SMALL_NET_SIZES, 3);
    const epochs = 20;
    const run = { sizes: SMALL_NET_SIZES, init, epochs, batchSize: 32, lr: 0.01, seed: 11 };
    const net = new HandSmallNet(SMALL_NET_SIZES, init, data.n);
    const hand = trainHandSmallNet(net, data, epochs, 32, { lr: 0.01 }, 11);
    const core = trainCoreSmallNet(coreSmallNet(init, 1), data, run);
    // same float64 math and batch order; only summation order inside the layers differs (≈1e-15 per op)
    for (let e = 0; e < epochs; e++) expect(Math.abs(hand[e]! - core[e]!) / hand[e]!).toBeLessThan(1e-9);
    // and the network learns: after 20 epochs its loss is below the loss at the initial weights
    const initial = new HandSmallNet(SMALL_NET_SIZES, init, data.n).loss(data.x, data.y, data.n);
    expect(hand[epochs - 1]!).toBeLessThan(initial);
  });
});
