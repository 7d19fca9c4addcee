import { describe, expect, it } from 'vitest';
import { FIRST_SELECTION, moveSelection, selectionMoves } from './selection.js';

const shape = { units: [16, 4, 1], samples: 10 };

describe('moveSelection', () => {
  it('moves between neurons of a layer and stops at its ends', () => {
    const down = moveSelection(FIRST_SELECTION, 'down', shape);
    expect(down).toMatchObject({ layer: 0, unit: 1 });
    expect(moveSelection(FIRST_SELECTION, 'up', shape)).toMatchObject({ layer: 0, unit: 0 });
    let s = FIRST_SELECTION;
    for (let i = 0; i < 20; i++) s = moveSelection(s, 'down', shape);
    expect(s.unit).toBe(15);
  });

  it('moves between layers, keeping the neuron’s index where the next layer has one', () => {
    const at = { ...FIRST_SELECTION, unit: 9 };
    expect(moveSelection(at, 'right', shape)).toMatchObject({ layer: 1, unit: 3 });
    expect(moveSelection({ ...at, unit: 2 }, 'right', shape)).toMatchObject({ layer: 1, unit: 2 });
    expect(moveSelection(moveSelection(at, 'right', shape), 'right', shape)).toMatchObject({ layer: 2, unit: 0 });
    expect(moveSelection(at, 'left', shape)).toMatchObject({ layer: 0, unit: 9 });
  });

  it('walks through the samples both ways, wrapping around', () => {
    expect(moveSelection(FIRST_SELECTION, 'next-sample', shape).sample).toBe(1);
    expect(moveSelection(FIRST_SELECTION, 'previous-sample', shape).sample).toBe(9);
    expect(moveSelection({ ...FIRST_SELECTION, sample: 9 }, 'next-sample', shape).sample).toBe(0);
  });

  it('toggles the formula and leaves the rest alone', () => {
    const on = moveSelection({ ...FIRST_SELECTION, unit: 3 }, 'formula', shape);
    expect(on).toEqual({ layer: 0, unit: 3, sample: 0, formula: true });
    expect(moveSelection(on, 'formula', shape).formula).toBe(false);
  });
});

describe('selectionMoves', () => {
  const none = { leftArrow: false, rightArrow: false, upArrow: false, downArrow: false };

  it('reads the arrows, the brackets (each one of a fast burst) and i, and nothing else', () => {
    expect(selectionMoves('', { ...none, rightArrow: true })).toEqual(['right']);
    expect(selectionMoves('', { ...none, upArrow: true })).toEqual(['up']);
    expect(selectionMoves(']][', none)).toEqual(['next-sample', 'next-sample', 'previous-sample']);
    expect(selectionMoves('i', none)).toEqual(['formula']);
    expect(selectionMoves('q', none)).toEqual([]);
    expect(selectionMoves('i]', none)).toEqual([]);
  });
});
