import { describe, expect, it } from 'vitest';
import { navStep, networkItems, selectionKey } from './playground-nav';

describe('the keyboard order of the network view', () => {
  it('walks edges into a layer, then its neurons, layer after layer', () => {
    const keys = networkItems(2, [2, 1]).map(selectionKey);
    expect(keys).toEqual(['e0-0-0', 'e0-0-1', 'e0-1-0', 'e0-1-1', 'n0-0', 'n0-1', 'e1-0-0', 'e1-1-0', 'n1-0']);
  });

  it('holds one item per weight and per neuron', () => {
    const items = networkItems(3, [4, 3, 2]);
    expect(items.filter((s) => s.kind === 'edge')).toHaveLength(3 * 4 + 4 * 3 + 3 * 2);
    expect(items.filter((s) => s.kind === 'neuron')).toHaveLength(4 + 3 + 2);
  });

  it('moves by one with the arrows, stops at the ends, and jumps with Home and End', () => {
    expect([navStep('ArrowRight', 3, 9), navStep('ArrowDown', 3, 9)]).toEqual([4, 4]);
    expect([navStep('ArrowLeft', 3, 9), navStep('ArrowUp', 3, 9)]).toEqual([2, 2]);
    expect([navStep('ArrowRight', 8, 9), navStep('ArrowLeft', 0, 9)]).toEqual([8, 0]);
    expect([navStep('Home', 5, 9), navStep('End', 5, 9)]).toEqual([0, 8]);
    expect(navStep('Tab', 5, 9)).toBeNull();
    expect(navStep('ArrowRight', 0, 0)).toBeNull();
  });
});
