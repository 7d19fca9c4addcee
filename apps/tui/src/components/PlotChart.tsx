import { formatInt, formatNumber } from '@neuronlab/lab';
import { Text } from 'ink';
import { plot, type Series } from '../chart/plot.js';
import { extent, spansDecades } from '../chart/scale.js';
import { useMessages } from '../i18n/use-messages.js';
import type { ChartData } from '../plot/plot-model.js';
import type { Split } from '../plot/series-split.js';
import { CellRows } from './CellRows.js';
import { Panel } from './Panel.js';

interface Props {
  readonly chart: ChartData;
  /** The colour of each run's line for a split, shared by every chart so a line looks the same everywhere. */
  readonly colorOf: (run: string, split: Split | null) => string;
  /** The label that ends each line, where colour cannot tell lines apart (see `linesNeedNumbers`). @default none */
  readonly markOf?: ((run: string, split: Split | null) => string) | undefined;
  readonly width: number;
  readonly height: number;
}

/** One metric of a log over its steps, a line per run and split, on a log axis when its values span decades. */
export function PlotChart({ chart, colorOf, markOf, width, height }: Props) {
  const t = useMessages().plot;
  const log = spansDecades(
    extent(
      chart.lines.map((l) => l.ys),
      true,
    ),
  );
  const series: Series[] = chart.lines.map((l) => ({
    xs: l.xs,
    ys: l.ys,
    color: colorOf(l.run, l.split),
    mark: markOf?.(l.run, l.split),
  }));
  const rows = plot(series, { width: width - 4, height: height - 3, logY: log, formatX: formatInt });
  // one run's chart reads out each of its lines' latest value: the training data's, then the splits' by name
  const oneRun = chart.lines.length > 0 && chart.lines.every((l) => l.run === chart.lines[0]!.run);
  const latest = oneRun
    ? chart.lines.flatMap(({ split, latest }) => {
        if (latest === null) return [];
        const value = `${formatNumber(latest.value)} @ ${formatInt(latest.step)}`;
        return [split === null ? value : `${t.split(split)} ${value}`];
      })
    : [];
  return (
    <Panel
      width={width}
      title={
        <Text>
          {chart.metric}
          {log ? ` (${t.log})` : ''}
          {latest.length > 0 ? (
            <Text color="gray">
              {'  '}
              {t.now} {latest.join(' · ')}
            </Text>
          ) : null}
        </Text>
      }
    >
      <CellRows rows={rows} />
    </Panel>
  );
}
