import { datasets } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';
import { CLASS_COLORS, classOf, heatmap, regionGrid } from './heatmap.js';

// A fixed "model": class 1 to the right of x = 0, evaluated on a grid of px × py pixels
const rightIsOne = (px: number, py: number) => {
  const x = regionGrid([-1, 1], [-1, 1], px, py);
  const values = Float64Array.from({ length: px * py }, (_, i) => ((x[2 * i] as number) > 0 ? 0.9 : 0.1));
  return { values, px, py };
};

describe('heatmap', () => {
  it('has a colour of its own for every class a dataset may have', () => {
    const most = Math.max(
      ...Object.values(datasets).map((g) => (g.options as Record<string, { max?: number }>).classes?.max ?? 2),
    );
    expect(most).toBeGreaterThanOrEqual(3);
    expect(CLASS_COLORS.length).toBeGreaterThanOrEqual(most);
    const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    for (const [i, a] of CLASS_COLORS.entries()) {
      for (const b of CLASS_COLORS.slice(i + 1)) {
        expect(Math.hypot(...rgb(a).map((v, k) => v - rgb(b)[k]!)), `${a} and ${b}`).toBeGreaterThan(60);
      }
    }
  });

  it('tints each side of the decision boundary with its class colour', () => {
    const cells = heatmap({
      cols: 10,
      rows: 4,
      xRange: [-1, 1],
      yRange: [-1, 1],
      map: rightIsOne(10, 8),
      outputs: 1,
    });
    expect(cells).toHaveLength(4);
    const left = cells[0]?.[0];
    const right = cells[0]?.[9];
    expect(left?.ch).toBe('▀');
    expect(left?.fg).not.toBe(right?.fg);
    // orange-ish on the left (red channel above blue), blue-ish on the right
    const rgb = (c: string | undefined) => [1, 3, 5].map((i) => Number.parseInt(c?.slice(i, i + 2) ?? '0', 16));
    expect(rgb(left?.fg)[0]).toBeGreaterThan(rgb(left?.fg)[2] ?? 0);
    expect(rgb(right?.fg)[2]).toBeGreaterThan(rgb(right?.fg)[0] ?? 0);
  });

  it('draws the points in their class colour at their position', () => {
    const points = { x: new Float64Array([-0.9, 0.9, 0.9, -0.9]), labels: [0, 1], n: 2 };
    const cells = heatmap({
      cols: 10,
      rows: 4,
      xRange: [-1, 1],
      yRange: [-1, 1],
      map: rightIsOne(10, 8),
      outputs: 1,
      points,
    });
    expect(cells[0]?.[0]).toMatchObject({ ch: '●', fg: CLASS_COLORS[0] });
    expect(cells[3]?.[9]).toMatchObject({ ch: '●', fg: CLASS_COLORS[1] });
  });

  it('draws a map of another size (just after a resize) by sampling it', () => {
    const options = { cols: 10, rows: 4, xRange: [-1, 1] as const, yRange: [-1, 1] as const, outputs: 1 };
    const exact = heatmap({ ...options, map: rightIsOne(10, 8) });
    // the boundary at x = 0 falls between pixels in both grids, so sampling the coarse map gives the same cells
    expect(heatmap({ ...options, map: rightIsOne(4, 2) })).toEqual(exact);
  });

  it('gives the centres of the grid’s pixels, row by row from the top left', () => {
    expect([...regionGrid([0, 2], [0, 1], 2, 1)]).toEqual([0.5, 0.5, 1.5, 0.5]);
  });
});

describe('classOf', () => {
  it('picks the most probable class and scales its confidence from chance to certainty', () => {
    expect(classOf(new Float64Array([0.2, 0.7, 0.1]), 0, 3)[0]).toBe(1);
    expect(classOf(new Float64Array([1 / 3, 1 / 3, 1 / 3]), 0, 3)[1]).toBeCloseTo(0, 12); // float rounding of thirds
    expect(classOf(new Float64Array([0.5]), 0, 1)).toEqual([1, 0]);
  });
});
