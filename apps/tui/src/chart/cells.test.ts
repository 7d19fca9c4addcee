import { describe, expect, it } from 'vitest';
import { rowText, sliceCells, textCells } from './cells.js';

describe('textCells', () => {
  it('gives a wide character two cells, the second empty, so a row has one cell per column', () => {
    const cells = textCells('L1 ニューロン', 'yellow');
    expect(cells).toHaveLength(3 + 5 * 2);
    expect(cells[3]).toEqual({ ch: 'ニ', fg: 'yellow' });
    expect(cells[4]).toEqual({ ch: '', fg: 'yellow' });
    expect(rowText(cells)).toBe('L1 ニューロン');
  });
});

describe('sliceCells', () => {
  it('turns a wide character cut in half into a space, keeping the width in columns', () => {
    const cut = sliceCells(textCells('a学習'), 4);
    expect(cut).toHaveLength(4);
    expect(rowText(cut)).toBe('a学 ');
  });

  it('keeps a wide character that fits whole', () => {
    expect(rowText(sliceCells(textCells('a学習'), 5))).toBe('a学習');
    expect(rowText(sliceCells(textCells('abc'), 2))).toBe('ab');
  });
});
