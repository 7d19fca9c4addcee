import { Text } from 'ink';
import type { Series } from '../chart/plot.js';
import { plot } from '../chart/plot.js';
import { useMessages } from '../i18n/use-messages.js';
import { CellRows } from './CellRows.js';
import { Panel } from './Panel.js';

/** A 1-D regression to draw: the data, and ways to ask for the model's line before training and at the shown epoch. */
export interface RegressionChart {
  readonly kind: 'regression';
  /** Axis names: the columns' units when the data has them (`°C`, `°F`), else their names. */
  readonly xName: string;
  readonly yName: string;
  /** Sample inputs sorted ascending, and their targets (raw units). */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Draw the data as a line (it lies exactly on its known relation, like celsius) rather than as dots. */
  readonly exact: boolean;
  /** Predictions at `xs` before training, or null until they have come. */
  readonly before: () => Float64Array | null;
  /** Predictions at `xs` of the model at the shown epoch, or null until they have come. */
  readonly current: () => Float64Array | null;
}

/** The tutorial's chart: true relation blue, before training red dashed, current prediction green dashed. */
export function RegressionPanel({ chart, width, height }: { chart: RegressionChart; width: number; height: number }) {
  const t = useMessages().fit;
  const [before, current] = [chart.before(), chart.current()];
  const series: Series[] = [{ xs: chart.xs, ys: chart.ys, color: 'blue', dots: !chart.exact }];
  if (before) series.push({ xs: chart.xs, ys: before, color: 'red', dash: true });
  if (current) series.push({ xs: chart.xs, ys: current, color: 'green', dash: true });
  // Keep the y range on the data (with the start line) so a wild early prediction does not squash the chart
  const rows = plot(series, { width: width - 4, height: height - 4 });
  return (
    <Panel
      width={width}
      title={
        <Text>
          {t.title(chart.yName, chart.xName)} <Text color="blue">━ {chart.exact ? t.truth : t.data}</Text>
          <Text color="red"> ╌ {t.before}</Text>
          <Text color="green"> ╌ {t.now}</Text>
        </Text>
      }
    >
      <CellRows rows={rows} />
    </Panel>
  );
}
