import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { DecisionPanel } from './DecisionPanel.js';

describe('DecisionPanel', () => {
  it('draws the regions and the points with a legend', () => {
    const chart = {
      kind: 'classification' as const,
      xRange: [-1, 1] as const,
      yRange: [-1, 1] as const,
      points: { x: new Float64Array([-0.5, 0.5, 0.5, -0.5]), labels: [0, 1], n: 2 },
      classNames: ['0', '1'],
      outputs: 1,
      // a map of any size: P(class 1) is 1 on the right half
      regions: () => ({ values: Float64Array.of(0, 1, 0, 1), px: 2, py: 2 }),
    };
    const f = render(<DecisionPanel chart={chart} width={40} height={12} />).lastFrame() ?? '';
    expect(f).toContain('decision regions');
    expect(f.match(/●/g)?.length).toBe(4); // two in the legend, two points
    expect(f).toContain('▀');
  });

  it('asks for the regions at the panel’s pixel grid, two pixels per cell row', () => {
    const asked: [number, number][] = [];
    const chart = {
      kind: 'classification' as const,
      xRange: [-1, 1] as const,
      yRange: [-1, 1] as const,
      points: { x: new Float64Array(0), labels: [], n: 0 },
      classNames: ['0', '1'],
      outputs: 1,
      regions: (px: number, py: number) => {
        asked.push([px, py]);
        return null;
      },
    };
    const f = render(<DecisionPanel chart={chart} width={40} height={12} />).lastFrame() ?? '';
    expect(asked).toEqual([[36, 18]]);
    // no map yet: the panel is drawn, with neutral regions
    expect(f).toContain('decision regions');
  });

  it('tells the classes apart without colour (NO_COLOR): each region by its texture, each point by its class mark', () => {
    const chart = {
      kind: 'classification' as const,
      xRange: [-1, 1] as const,
      yRange: [-1, 1] as const,
      points: { x: new Float64Array([-0.5, 0.5, 0.5, -0.5]), labels: [0, 1], n: 2 },
      classNames: ['cat', 'dog'],
      outputs: 1,
      regions: () => ({ values: Float64Array.of(0, 1, 0, 1), px: 2, py: 2 }),
    };
    vi.stubEnv('NO_COLOR', '1');
    try {
      const f = render(<DecisionPanel chart={chart} width={40} height={8} />).lastFrame() ?? '';
      const lines = f.split('\n');
      // a border, the title, the rows, a border
      const rows = lines.slice(2, -1).map((line) => line.slice(2, -2));
      expect(rows).toHaveLength(5);
      expect(lines[1]).toContain('.0 cat ░1 dog');
      // the left half is class 0's region, the right half class 1's, a point of each on its own side
      expect(rows.join('')).not.toContain('▀');
      expect(rows.map((r) => r.slice(0, 18).replace('0', '.'))).toEqual(rows.map(() => '.'.repeat(18)));
      expect(rows.map((r) => r.slice(18).replace('1', '░'))).toEqual(rows.map(() => '░'.repeat(18)));
      expect(rows.join('').match(/[01]/g)).toEqual(['0', '1']);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
