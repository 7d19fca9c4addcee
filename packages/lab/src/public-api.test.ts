import { LAB_VERSION } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';

describe('@neuronlab/lab public API', () => {
  it('names the recipe format version', () => {
    expect(LAB_VERSION).toBe(1);
  });
});
