import { describe, expect, it } from 'vitest';
import { BrailleCanvas } from './braille.js';
import { rowText, toSegments } from './cells.js';
import { plot } from './plot.js';
import { makeScale, spansDecades } from './scale.js';

describe('BrailleCanvas', () => {
  it('packs 2×4 dots into one braille character', () => {
    const c = new BrailleCanvas(1, 1);
    c.set(0, 0);
    c.set(1, 3);
    expect(rowText(c.toCells()[0] ?? [])).toBe(String.fromCharCode(0x2800 + 0x01 + 0x80));
  });

  it('ignores dots outside the canvas', () => {
    const c = new BrailleCanvas(2, 1);
    c.set(-1, 0);
    c.set(4, 0);
    c.set(0, 4);
    expect(rowText(c.toCells()[0] ?? [])).toBe('  ');
  });

  it('colours a cell by its last dot', () => {
    const c = new BrailleCanvas(1, 1);
    c.set(0, 0, 'red');
    c.set(1, 1, 'green');
    expect(c.toCells()[0]?.[0]?.fg).toBe('green');
  });
});

describe('plot', () => {
  it('draws a rising line from bottom left to top right with labelled axes', () => {
    const rows = plot([{ xs: [0, 10], ys: [0, 100], color: 'blue' }], { width: 20, height: 8 });
    expect(rows).toHaveLength(8);
    const text = rows.map(rowText);
    expect(text[0]).toMatch(/^100┤/);
    expect(text[5]).toMatch(/^ {2}0┤/);
    expect(text[7]).toMatch(/0 +10$/);
    // the line's top end sits in the last column of the first row, its bottom end in the first column of the last
    expect(text[0]?.at(-1)).not.toBe(' ');
    expect(text[5]?.[4]).not.toBe(' ');
    for (const row of rows) expect(row).toHaveLength(20);
  });

  it('ends a marked line in its mark, inside the canvas, and steps a mark left along its row off another', () => {
    const rows = (series: Parameters<typeof plot>[0]) =>
      plot(series, { width: 24, height: 10, yRange: [0, 10], xRange: [0, 10] }).map(rowText);
    // three lines ending at the top right, and one in the middle of the bottom row
    const text = rows([
      { xs: [0, 10], ys: [0, 10], color: 'red', mark: '1' },
      { xs: [0, 10], ys: [10, 10], color: 'green', mark: '2' },
      { xs: [5, 10], ys: [10, 10], color: 'green', mark: '10' },
      { xs: [0, 5], ys: [5, 0], color: 'blue', mark: '12' },
    ]);
    // mark 1 where its line ends; 2 and 10 end there too, so each steps left of the one before, on the same row
    expect(text[0]).toMatch(/10.2.1$/);
    // the two-column mark sits at its line's last point, the middle of the bottom row, whole
    const bottom = text[7]!;
    expect(bottom.indexOf('12')).toBe(bottom.indexOf('┤') + 1 + 10);
    // without marks, the same lines draw no digits in the canvas
    const bare = rows([
      { xs: [0, 10], ys: [0, 10], color: 'red' },
      { xs: [0, 10], ys: [10, 10], color: 'green' },
    ]);
    const canvas = bare.slice(0, 8).map((r) => r.split(/[┤│]/)[1]);
    expect(canvas.join('')).not.toMatch(/\d/);
    // a mark at the right edge moves left to stay whole
    const edge = rows([{ xs: [0, 10], ys: [0, 10], color: 'red', mark: '10' }]);
    expect(edge[0]).toMatch(/10$/);
  });

  it('drops non-positive values on a log axis instead of failing', () => {
    const rows = plot([{ xs: [0, 1, 2], ys: [100, 0, 1], color: 'red' }], { width: 16, height: 6, logY: true });
    expect(rows.map(rowText)[0]).toMatch(/^100┤/);
  });

  it('merges equal colours into segments', () => {
    expect(toSegments([{ ch: 'a', fg: 'red' }, { ch: 'b', fg: 'red' }, { ch: 'c' }])).toEqual([
      { text: 'ab', fg: 'red', bg: undefined },
      { text: 'c', fg: undefined, bg: undefined },
    ]);
  });
});

describe('scales', () => {
  it('maps the ends of the range to the ends of the pixels', () => {
    const s = makeScale(1, 1000, 10, true);
    expect(s(1)).toBe(0);
    expect(s(1000)).toBeCloseTo(9, 12); // log10 rounding only
  });

  it('calls for a log scale when the data spans two decades', () => {
    expect(spansDecades([0.5, 60])).toBe(true);
    expect(spansDecades([1, 50])).toBe(false);
    expect(spansDecades([0, 50])).toBe(false);
  });
});
