import { formatInt } from '@neuronlab/lab';
import { Box, Text } from 'ink';
import { layoutLegend } from '../chart/legend.js';
import { lineColor, linesNeedNumbers } from '../chart/line-colors.js';
import type { Series } from '../chart/plot.js';
import { plot } from '../chart/plot.js';
import { monochrome } from '../color.js';
import { CellRows } from '../components/CellRows.js';
import { Legend } from '../components/Legend.js';
import { Panel } from '../components/Panel.js';
import type { Messages } from '../i18n/messages-en.js';
import { useMessages } from '../i18n/use-messages.js';
import { settingsText, trialTable } from './sweep-text.js';
import { bestTrial, type TrialState } from './trial-state.js';

interface Props {
  readonly title: string;
  readonly trials: readonly TrialState[];
  readonly selected: number;
  readonly width: number;
  readonly height: number;
}

/** The colour of a trial's line, legend entry and table row. */
const trialColor = (t: TrialState) => lineColor(t.trial - 1);

/**
 * The overlay's legend in one row: each trial's number and settings when they all fit, else the numbers alone (the
 * table below gives each trial's settings in the same colour), else as many numbers as fit and the count of the rest.
 * Without colour the swatch says nothing, so the numbers stand alone, as they end each line on the chart.
 */
function TrialLegend({ trials, width }: { trials: readonly TrialState[]; width: number }) {
  const more = useMessages().legend.more;
  const swatch = monochrome() ? '' : '━ ';
  const full = trials.map((t) => ({ text: `${swatch}${t.trial} ${settingsText(t)}`, color: trialColor(t) }));
  const fullLayout = layoutLegend(
    full.map((item) => item.text),
    width,
    1,
    more,
  );
  if (fullLayout.left === 0) return <Legend items={full} layout={fullLayout} more={more} />;
  const numbers = trials.map((t) => ({ text: `${swatch}${t.trial}`, color: trialColor(t) }));
  const numbersLayout = layoutLegend(
    numbers.map((item) => item.text),
    width,
    1,
    more,
  );
  return <Legend items={numbers} layout={numbersLayout} more={more} />;
}

/**
 * Every trial's training loss on one log-scale chart, one colour each, with a legend; each line ends in its trial's
 * number where colour cannot tell the lines apart (no colour, or more trials than colours).
 */
function LossOverlay({ trials, width, height }: { trials: readonly TrialState[]; width: number; height: number }) {
  const numbered = linesNeedNumbers(trials.length, monochrome());
  const series: Series[] = trials.map((t) => ({
    xs: t.history.epochs,
    ys: t.history.train,
    color: trialColor(t),
    mark: numbered ? String(t.trial) : undefined,
  }));
  const rows = plot(series, { width: width - 4, height, logY: true, formatX: formatInt });
  return (
    <Panel width={width} title={useMessages().sweep.overlay}>
      <CellRows rows={rows} />
      <TrialLegend trials={trials} width={width - 4} />
    </Panel>
  );
}

/** Fewest rows the overlaid curves are drawn in: below that a trial's curve is a smear. */
const MIN_PLOT_ROWS = 6;
/** The title, the chart panel's frame, heading and legend (four rows) and the table's header. */
const FRAME_ROWS = 6;

/**
 * The rows of the table shown: every trial when they fit under the chart at its fewest rows, else a window of them
 * that holds the selected one, as near its middle as the ends allow.
 */
export function tableWindow(count: number, selected: number, room: number): { first: number; end: number } {
  if (count <= room) return { first: 0, end: count };
  const rows = Math.max(1, room);
  const first = Math.min(Math.max(0, selected - Math.floor(rows / 2)), count - rows);
  return { first, end: first + rows };
}

/** Which trials a window shows, of how many, and the best trial when it is outside (its star is out of sight). */
function windowLine(trials: readonly TrialState[], first: number, end: number, words: Messages['sweep']): string {
  const shown = words.window(String(trials[first]!.trial), String(trials[end - 1]!.trial), String(trials.length));
  const best = bestTrial(trials);
  const at = best === null ? -1 : trials.indexOf(best);
  return at === -1 || (at >= first && at < end) ? shown : `${shown} · ★ ${best!.trial}`;
}

/**
 * The sweep's screen: the overlaid curves, then the table of trials, the selected one highlighted, the best starred.
 * It never takes more than `height` rows: a sweep with more trials than fit shows those around the selection and a
 * line saying which.
 */
export function SweepDashboard({ title, trials, selected, width, height }: Props) {
  const words = useMessages().sweep;
  const table = trialTable(trials, words, width);
  const room = height - FRAME_ROWS - MIN_PLOT_ROWS;
  // a window needs one row of its own, to say which trials it shows
  const { first, end } = tableWindow(trials.length, selected, trials.length <= room ? room : room - 1);
  const windowed = end - first < trials.length;
  const chartHeight = Math.max(MIN_PLOT_ROWS, height - FRAME_ROWS - (end - first) - (windowed ? 1 : 0));
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate">
        {title}
      </Text>
      <LossOverlay trials={trials} width={width} height={chartHeight} />
      <Text color="gray" wrap="truncate">
        {table[0]}
      </Text>
      {trials.slice(first, end).map((trial, i) => (
        <Text key={trial.trial} inverse={first + i === selected} color={trialColor(trial)} wrap="truncate">
          {table[first + i + 1]}
        </Text>
      ))}
      {windowed ? (
        <Text color="gray" wrap="truncate">
          {windowLine(trials, first, end, words)}
        </Text>
      ) : null}
    </Box>
  );
}
