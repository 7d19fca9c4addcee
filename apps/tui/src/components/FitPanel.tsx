import { Text } from 'ink';
import type { Series } from '../chart/plot.js';
import { plot } from '../chart/plot.js';
import { CellRows } from './CellRows.js';
import { Panel } from './Panel.js';

/** A 1-D regression to draw: the data, the model before training and a way to ask the current model. */
export interface RegressionFit {
  readonly kind: 'regression';
  /** Axis names (`°C`, `°F`). */
  readonly xName: string;
  readonly yName: string;
  /** Sample inputs sorted ascending, and their targets (raw units). */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Draw the data as a line (exact relation, like celsius) rather than as dots (noisy samples). */
  readonly exact: boolean;
  /** Predictions at `xs` before training. */
  readonly before: Float64Array;
  /** Predictions of the model as it is now, at `xs`. */
  readonly current: () => Float64Array;
}

/** The tutorial's chart: true relation blue, before training red dashed, current prediction green dashed. */
export function FitPanel({ fit, width, height }: { fit: RegressionFit; width: number; height: number }) {
  const current = fit.current();
  const series: Series[] = [
    { xs: fit.xs, ys: fit.ys, color: 'blue', dots: !fit.exact },
    { xs: fit.xs, ys: fit.before, color: 'red', dash: true },
    { xs: fit.xs, ys: current, color: 'green', dash: true },
  ];
  // Keep the y range on the data (with the start line) so a wild early prediction does not squash the chart
  const rows = plot(series, { width: width - 4, height: height - 4 });
  return (
    <Panel
      width={width}
      title={
        <Text>
          fit: {fit.yName} vs {fit.xName} <Text color="blue">━ {fit.exact ? 'true' : 'data'}</Text>
          <Text color="red"> ╌ before</Text>
          <Text color="green"> ╌ now</Text>
        </Text>
      }
    >
      <CellRows rows={rows} />
    </Panel>
  );
}
