import type { Batch } from '../train/types.js';

/** The tutorial's data built inline (core must not depend on @neuronlab/data): x = −50..49, y = x·9/5 + 32. */
export function tutorialBatch(): Batch {
  const n = 100;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = i - 50;
    y[i] = (x[i]! * 9) / 5 + 32;
  }
  return { x, y, n };
}
