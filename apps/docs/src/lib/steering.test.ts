import { validateRecipe } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { PLAYGROUND_DEFAULT } from './playground-state';
import { sameBesidesSteering } from './steering';

describe('what changes live', () => {
  it('takes the learning rate, the penalty and the batch size live, and nothing else', () => {
    const r = PLAYGROUND_DEFAULT;
    const live = validateRecipe({ ...r, lr: 0.1, batchSize: 'full', regularization: { kind: 'l2', rate: 0.01 } });
    expect(sameBesidesSteering(r, live)).toBe(true);
    expect(sameBesidesSteering(r, validateRecipe({ ...r, seed: 3 }))).toBe(false);
    expect(sameBesidesSteering(r, validateRecipe({ ...r, model: { ...r.model, hidden: [4] } }))).toBe(false);
  });
});
