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
      probabilities: (x: Float64Array, n: number) =>
        Float64Array.from({ length: n }, (_, i) => ((x[2 * i] ?? 0) > 0 ? 1 : 0)),
    };
    const f = render(<DecisionPanel chart={chart} width={40} height={12} />).lastFrame() ?? '';
    expect(f).toContain('decision regions');
    expect(f.match(/●/g)?.length).toBe(4); // two in the legend, two points
    expect(f).toContain('▀');
  });
});
