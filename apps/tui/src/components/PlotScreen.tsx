import { Box, Text, useInput, useStdin } from 'ink';
import { useEffect, useState } from 'react';
import { layoutLegend } from '../chart/legend.js';
import { lineColor, linesNeedNumbers } from '../chart/line-colors.js';
import { monochrome } from '../color.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import type { Messages } from '../i18n/messages-en.js';
import { useMessages } from '../i18n/use-messages.js';
import type { ChartData, PlotModel } from '../plot/plot-model.js';
import type { Split } from '../plot/series-split.js';
import { displayWidth } from '../text-width.js';
import { Legend } from './Legend.js';
import { PlotChart } from './PlotChart.js';

/** Fewest rows a chart is drawn in; past that the other series are only named. */
const MIN_CHART_ROWS = 8;
/** Rows of the screen per row the legend of the runs may take: the charts keep most of a short screen. */
const ROWS_PER_LEGEND_ROW = 8;
const never = () => false;
/** Frames a second at most while following, so a new line is on screen soon after it is written. */
const FPS = 10;
/**
 * Frames a second while a big log is first read: every frame measures the whole screen's text, time the reading
 * needs more (see packages/bench results, case 6).
 */
const READING_FPS = 2;

/** The series left out, named when they fit on the line, else counted; either way with how to pick them. */
function hiddenNote(hidden: readonly string[], columns: number, t: Messages['plot']): string {
  const named = t.hidden(hidden.join(', '));
  return displayWidth(named) <= columns ? named : t.hiddenCount(String(hidden.length));
}

/** Which charts are on screen when the arrows scroll them, and the series left out when their names fit. */
function windowNote(
  from: number,
  shown: number,
  total: number,
  hidden: readonly string[],
  columns: number,
  t: Messages['plot'],
): string {
  const window = t.window(String(from + 1), String(from + shown), String(total));
  const named = `${window} · ${t.notShown(hidden.join(', '))}`;
  return displayWidth(named) <= columns ? named : window;
}

/** A line's name in the legend: its run, and the split when it is not the training data. */
function lineName(run: string, split: Split | null, t: Messages['plot']): string {
  return split === null ? run : `${run} ${t.split(split)}`;
}

/**
 * Every line's name, run by run (in the order the runs were read), a run's splits in the order its charts draw them.
 */
function lineNames(runs: readonly string[], charts: readonly ChartData[], t: Messages['plot']): string[] {
  const names: string[] = [];
  for (const run of runs) {
    const before = names.length;
    for (const chart of charts) {
      for (const line of chart.lines) {
        const name = lineName(line.run, line.split, t);
        if (line.run === run && !names.includes(name)) names.push(name);
      }
    }
    // a run with nothing drawn yet (an empty file being followed) is named all the same
    if (names.length === before) names.push(run);
  }
  return names;
}

/** Redraws whenever the model has moved on: at most FPS times a second, READING_FPS while `reading()`. */
function useModelVersion(model: PlotModel, reading: () => boolean): number {
  const [version, setVersion] = useState(model.version);
  useEffect(() => {
    let last = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      if (reading() && now - last < 1000 / READING_FPS) return;
      last = now;
      setVersion(model.version);
    }, 1000 / FPS);
    return () => clearInterval(timer);
  }, [model, reading]);
  return version;
}

/** What an empty screen says: that no points came yet, or that the series asked for are not in the logs so far. */
function emptyNote(model: PlotModel, t: Messages['plot']): string {
  const missing = model.missingSeries();
  const have = model.seriesInLogs;
  return missing.length > 0 && have.length > 0 ? t.noSuchSeries(missing.join(', '), have.join(', ')) : t.noPoints;
}

interface Props {
  readonly model: PlotModel;
  /** The line under the charts: what is being read or followed, and what was skipped. */
  readonly status: () => string;
  /** Whether the logs' first read is still going (frames come less often then). @default never */
  readonly reading?: () => boolean;
  /** `q`. */
  readonly quit: () => void;
  /** Ctrl-C. */
  readonly interrupt: () => void;
}

/**
 * `neuronlab plot`: a chart per metric with a line per run and split, a legend of the lines, and the reading status,
 * in the words of the MessagesProvider above it.
 */
export function PlotScreen({ model, status, reading = never, quit, interrupt }: Props) {
  const messages = useMessages();
  const t = messages.plot;
  const more = messages.legend.more;
  useModelVersion(model, reading);
  const { columns, rows } = useTerminalSize();
  // the first chart on screen, when there are more charts than room: the arrows move it a row of charts at a time
  const [first, setFirst] = useState(0);
  const charts = model.charts();
  // a line is a run's, or a run's split (`val_loss` beside `loss`): each its own colour on every chart
  const names = lineNames(model.runs, charts, t);
  const lineIndex = (run: string, split: Split | null) => names.indexOf(lineName(run, split, t));
  const colorOf = (run: string, split: Split | null) => lineColor(lineIndex(run, split));
  // where colour cannot tell the lines apart (no colour, or more lines than colours), each line ends in its number on
  // the charts, and the legend gives the numbers (after the colour's swatch, when there is colour)
  const mono = monochrome();
  const numbered = linesNeedNumbers(names.length, mono);
  const markOf = numbered ? (run: string, split: Split | null) => String(lineIndex(run, split) + 1) : undefined;
  const swatch = (i: number) => (mono ? `${i + 1}` : numbered ? `━ ${i + 1}` : '━');
  // every line named whole in its colour, over as many rows as the screen spares, else the count of the rest
  const legendItems = names.map((name, i) => ({ text: `${swatch(i)} ${name}`, color: lineColor(i) }));
  const legend = layoutLegend(
    legendItems.map((item) => item.text),
    columns,
    Math.max(1, Math.floor(rows / ROWS_PER_LEGEND_ROW)),
    more,
  );
  const perRow = columns >= 120 && charts.length > 1 ? 2 : 1;
  // the legend, the status line and one row to spare; one more for the series left out, when some are
  const chartsIn = (space: number) =>
    Math.max(1, Math.min(Math.ceil(charts.length / perRow), Math.floor(space / MIN_CHART_ROWS))) * perRow;
  let space = Math.max(MIN_CHART_ROWS, rows - 2 - legend.rows.length);
  if (chartsIn(space) < charts.length) space = Math.max(MIN_CHART_ROWS, space - 1);
  const room = chartsIn(space);
  const lastFirst = Math.max(0, Math.ceil((charts.length - room) / perRow) * perRow);
  const from = Math.min(first, lastFirst);
  const shown = charts.slice(from, from + room);
  const height = Math.max(MIN_CHART_ROWS, Math.floor(space / Math.ceil(shown.length / perRow || 1)));
  const width = Math.floor(columns / perRow);
  const hidden = [...charts.slice(0, from), ...charts.slice(from + room)].flatMap((c) => c.series);
  // keys only where the input is a terminal: piped in, a signal or the end of the logs stops the screen
  const { isRawModeSupported } = useStdin();
  const keys = isRawModeSupported === true;
  useInput(
    (input, key) => {
      if (input === 'q') quit();
      else if (key.ctrl && input === 'c') interrupt();
      else if (key.downArrow || key.pageDown || input === 'j') setFirst(Math.min(from + perRow, lastFirst));
      else if (key.upArrow || key.pageUp || input === 'k') setFirst(Math.max(0, from - perRow));
    },
    { isActive: keys },
  );
  return (
    <Box flexDirection="column" width={columns}>
      <Legend items={legendItems} layout={legend} more={more} />
      {hidden.length > 0 ? (
        <Text color="gray" wrap="truncate">
          {keys ? windowNote(from, shown.length, charts.length, hidden, columns, t) : hiddenNote(hidden, columns, t)}
        </Text>
      ) : null}
      <Box flexWrap="wrap" width={columns}>
        {shown.length === 0 ? <Text color="gray">{emptyNote(model, t)}</Text> : null}
        {shown.map((chart) => (
          <PlotChart key={chart.metric} chart={chart} colorOf={colorOf} markOf={markOf} width={width} height={height} />
        ))}
      </Box>
      <Text color="gray" wrap="truncate">
        {status()} · {t.quit}
      </Text>
    </Box>
  );
}
