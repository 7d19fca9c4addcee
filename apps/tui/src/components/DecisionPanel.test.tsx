import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
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
});
