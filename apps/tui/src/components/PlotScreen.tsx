import { Box, Text, useInput, useStdin } from 'ink';
import { useEffect, useState } from 'react';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import type { PlotModel } from '../plot/plot-model.js';
import { PlotChart } from './PlotChart.js';

/** Colours of the runs, in the order they were first read. */
const RUN_COLORS = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'red', 'white', 'gray'] as const;
/** Fewest rows a chart is drawn in; past that the other series are only named. */
const MIN_CHART_ROWS = 8;
const never = () => false;
/** Frames a second at most while following, so a new line is on screen soon after it is written. */
const FPS = 10;
/**
 * Frames a second while a big log is first read: every frame measures the whole screen's text, time the reading
 * needs more (see packages/bench results, case 6).
 */
const READING_FPS = 2;

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

/** `neuronlab plot`: a chart per series with a line per run, a legend of the runs, and the reading status. */
export function PlotScreen({ model, status, reading = never, quit, interrupt }: Props) {
  useModelVersion(model, reading);
  const { columns, rows } = useTerminalSize();
  // keys only where the input is a terminal: piped in, a signal or the end of the logs stops the screen
  const { isRawModeSupported } = useStdin();
  useInput(
    (input, key) => {
      if (input === 'q') quit();
      else if (key.ctrl && input === 'c') interrupt();
    },
    { isActive: isRawModeSupported === true },
  );
  const charts = model.charts();
  const runs = model.runs;
  const colorOf = (run: string) => RUN_COLORS[runs.indexOf(run) % RUN_COLORS.length] ?? 'white';
  const perRow = columns >= 120 && charts.length > 1 ? 2 : 1;
  const space = Math.max(MIN_CHART_ROWS, rows - 3);
  const chartRows = Math.max(1, Math.min(Math.ceil(charts.length / perRow), Math.floor(space / MIN_CHART_ROWS)));
  const shown = charts.slice(0, chartRows * perRow);
  const height = Math.max(MIN_CHART_ROWS, Math.floor(space / Math.ceil(shown.length / perRow || 1)));
  const width = Math.floor(columns / perRow);
  const hidden = charts.slice(shown.length).map((c) => c.series);
  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate">
        {runs.map((run) => (
          <Text key={run} color={colorOf(run)}>
            ━ {run}
            {'  '}
          </Text>
        ))}
        {hidden.length > 0 ? <Text color="gray">not shown: {hidden.join(', ')} (pick with --series)</Text> : null}
      </Text>
      <Box flexWrap="wrap" width={columns}>
        {shown.length === 0 ? <Text color="gray">no points yet</Text> : null}
        {shown.map((chart) => (
          <PlotChart key={chart.series} chart={chart} colorOf={colorOf} width={width} height={height} />
        ))}
      </Box>
      <Text color="gray" wrap="truncate">
        {status()} · q quit
      </Text>
    </Box>
  );
}
