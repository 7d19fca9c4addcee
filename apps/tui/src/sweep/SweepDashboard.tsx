import { formatInt } from '@neuronlab/lab';
import { Box, Text } from 'ink';
import { layoutLegend } from '../chart/legend.js';
import { lineColor } from '../chart/line-colors.js';
import type { Series } from '../chart/plot.js';
import { plot } from '../chart/plot.js';
import { CellRows } from '../components/CellRows.js';
import { Legend } from '../components/Legend.js';
import { Panel } from '../components/Panel.js';
import { useMessages } from '../i18n/use-messages.js';
import { settingsText, trialTable } from './sweep-text.js';
import type { TrialState } from './trial-state.js';

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
 */
function TrialLegend({ trials, width }: { trials: readonly TrialState[]; width: number }) {
  const more = useMessages().legend.more;
  const full = trials.map((t) => ({ text: `━ ${t.trial} ${settingsText(t)}`, color: trialColor(t) }));
  const fullLayout = layoutLegend(
    full.map((item) => item.text),
    width,
    1,
    more,
  );
  if (fullLayout.left === 0) return <Legend items={full} layout={fullLayout} more={more} />;
  const numbers = trials.map((t) => ({ text: `━ ${t.trial}`, color: trialColor(t) }));
  const numbersLayout = layoutLegend(
    numbers.map((item) => item.text),
    width,
    1,
    more,
  );
  return <Legend items={numbers} layout={numbersLayout} more={more} />;
}

/** Every trial's training loss on one log-scale chart, one colour each, with a legend. */
function LossOverlay({ trials, width, height }: { trials: readonly TrialState[]; width: number; height: number }) {
  const series: Series[] = trials.map((t) => ({
    xs: t.history.epochs,
    ys: t.history.train,
    color: trialColor(t),
  }));
  const rows = plot(series, { width: width - 4, height, logY: true, formatX: formatInt });
  return (
    <Panel width={width} title={useMessages().sweep.overlay}>
      <CellRows rows={rows} />
      <TrialLegend trials={trials} width={width - 4} />
    </Panel>
  );
}

/** The sweep's screen: the overlaid curves, then the table of trials, the selected one highlighted, the best starred. */
export function SweepDashboard({ title, trials, selected, width, height }: Props) {
  const table = trialTable(trials, useMessages().sweep, width);
  // the title, the chart panel's frame, heading and legend (four rows) and the table's header take six rows besides
  // the plot and one row per trial
  const chartHeight = Math.max(6, height - trials.length - 6);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate">
        {title}
      </Text>
      <LossOverlay trials={trials} width={width} height={chartHeight} />
      <Text color="gray" wrap="truncate">
        {table[0]}
      </Text>
      {trials.map((trial, i) => (
        <Text key={trial.trial} inverse={i === selected} color={trialColor(trial)} wrap="truncate">
          {table[i + 1]}
        </Text>
      ))}
    </Box>
  );
}
