import { describe, expect, it } from 'vitest';
import { DivergenceDetector, divergenceMessage } from './divergence.js';

describe('divergence detection', () => {
  it('flags NaN and Infinity at once', () => {
    expect(new DivergenceDetector(1).update(Number.NaN)).toBe(true);
    expect(new DivergenceDetector(1).update(Number.POSITIVE_INFINITY)).toBe(true);
  });

  it('flags a loss that rose for the whole window and passed 100× the start, and nothing less', () => {
    const rising = new DivergenceDetector(1, 5, 100);
    const verdicts = [2, 4, 8, 16, 200, 400].map((loss) => rising.update(loss));
    // the 5th rise (200) completes the window and is above 100: diverged; 16 < 100 was not yet
    expect(verdicts).toEqual([false, false, false, false, true, true]);
    const noisy = new DivergenceDetector(1, 5, 100);
    expect([200, 300, 400, 350, 500, 600, 700].map((loss) => noisy.update(loss))).not.toContain(true);
  });

  it('tells the learner what to do on either side of the stable limit', () => {
    expect(divergenceMessage(21, 0.0013, 6.62e5, 0.0011997)).toBe(
      'train: the loss diverged at epoch 21 (loss 662000) with learning rate 0.0013; the largest stable learning rate for full-batch gradient descent on this data is 0.0012. Use a learning rate below 0.0012.',
    );
    expect(divergenceMessage(3, 0.001, Number.NaN, 0.0012)).toMatch(/loss NaN.*larger batches/);
    expect(divergenceMessage(3, 0.5, Number.POSITIVE_INFINITY, null)).toMatch(/try 0\.05\) or standardize/);
  });
});
