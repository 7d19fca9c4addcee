import { formatInt, formatNumber } from '@neuronlab/lab';
import { Text } from 'ink';
import { plot, type Series } from '../chart/plot.js';
import { extent, spansDecades } from '../chart/scale.js';
import { useMessages } from '../i18n/use-messages.js';
import type { ChartData } from '../plot/plot-model.js';
import { CellRows } from './CellRows.js';
import { Panel } from './Panel.js';

interface Props {
  readonly chart: ChartData;
  /** The colour of each run, shared by every chart so a run looks the same everywhere. */
  readonly colorOf: (run: string) => string;
  readonly width: number;
  readonly height: number;
}

/** One series of a log over its steps, a line per run, on a log axis when its values span decades. */
export function PlotChart({ chart, colorOf, width, height }: Props) {
  const t = useMessages().plot;
  const log = spansDecades(
    extent(
      chart.lines.map((l) => l.ys),
      true,
    ),
  );
  const series: Series[] = chart.lines.map((l) => ({ xs: l.xs, ys: l.ys, color: colorOf(l.run) }));
  const rows = plot(series, { width: width - 4, height: height - 3, logY: log, formatX: formatInt });
  const only = chart.lines.length === 1 ? chart.lines[0]!.latest : null;
  return (
    <Panel
      width={width}
      title={
        <Text>
          {chart.series}
          {log ? ` (${t.log})` : ''}
          {only ? (
            <Text color="gray">
              {'  '}
              {t.now} {formatNumber(only.value)} @ {formatInt(only.step)}
            </Text>
          ) : null}
        </Text>
      }
    >
      <CellRows rows={rows} />
    </Panel>
  );
}
