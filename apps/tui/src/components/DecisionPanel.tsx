import { Text } from 'ink';
import { CLASS_COLORS, heatmap } from '../chart/heatmap.js';
import { CellRows } from './CellRows.js';
import { Panel } from './Panel.js';

/** A 2-D classification to draw: the points and a way to ask the current model for class probabilities. */
export interface DecisionChart {
  readonly kind: 'classification';
  readonly xRange: readonly [number, number];
  readonly yRange: readonly [number, number];
  /** Points (n × 2, raw units) and their class indices. */
  readonly points: { readonly x: Float64Array; readonly labels: ArrayLike<number>; readonly n: number };
  readonly classNames: readonly string[];
  /** Columns `probabilities` returns: 1 (P(class 1)) for binary, k for k classes. */
  readonly outputs: number;
  readonly probabilities: (x: Float64Array, n: number) => Float64Array;
}

/** The decision regions as a coloured heatmap with the samples drawn on top. */
export function DecisionPanel({ chart, width, height }: { chart: DecisionChart; width: number; height: number }) {
  const rows = heatmap({
    cols: width - 4,
    rows: height - 3,
    xRange: chart.xRange,
    yRange: chart.yRange,
    probabilities: chart.probabilities,
    outputs: chart.outputs,
    points: chart.points,
  });
  return (
    <Panel
      width={width}
      title={
        <Text>
          decision regions{' '}
          {chart.classNames.map((c, i) => (
            <Text key={c} color={CLASS_COLORS[i % CLASS_COLORS.length]}>
              ● {c}{' '}
            </Text>
          ))}
        </Text>
      }
    >
      <CellRows rows={rows} />
    </Panel>
  );
}
