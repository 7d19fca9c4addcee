import { formatInt } from '@neuronlab/lab';
import { Box, Text } from 'ink';
import type { Series } from '../chart/plot.js';
import { plot } from '../chart/plot.js';
import { CellRows } from '../components/CellRows.js';
import { Panel } from '../components/Panel.js';
import { useMessages } from '../i18n/use-messages.js';
import { alignColumns } from '../text-width.js';
import { applicableColumns, settingsText, trialCells } from './sweep-text.js';
import { trialColor } from './trial-colors.js';
import { bestTrial, type TrialState } from './trial-state.js';

interface Props {
  readonly title: string;
  readonly trials: readonly TrialState[];
  readonly selected: number;
  readonly width: number;
  readonly height: number;
}

/** Every trial's training loss on one log-scale chart, one colour each, with a legend of their settings. */
function LossOverlay({ trials, width, height }: { trials: readonly TrialState[]; width: number; height: number }) {
  const series: Series[] = trials.map((t) => ({
    xs: t.history.epochs,
    ys: t.history.train,
    color: trialColor(t.trial),
  }));
  const rows = plot(series, { width: width - 4, height, logY: true, formatX: formatInt });
  return (
    <Panel width={width} title={useMessages().sweep.overlay}>
      <CellRows rows={rows} />
      <Text wrap="truncate">
        {trials.map((t) => (
          <Text key={t.trial} color={trialColor(t.trial)}>
            ━ {t.trial} {settingsText(t)}
            {'  '}
          </Text>
        ))}
      </Text>
    </Panel>
  );
}

/** The sweep's screen: the overlaid curves, then the table of trials, the selected one highlighted, the best starred. */
export function SweepDashboard({ title, trials, selected, width, height }: Props) {
  const t = useMessages().sweep;
  const best = bestTrial(trials);
  const shown = applicableColumns(trials);
  const applicable = (cells: readonly string[]) => cells.filter((_, c) => shown[c]);
  const table = alignColumns([
    ['', ...applicable(t.columns)],
    ...trials.map((trial) => [trial === best ? '★' : ' ', ...applicable(trialCells(trial, t.status))]),
  ]);
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
        <Text key={trial.trial} inverse={i === selected} color={trialColor(trial.trial)} wrap="truncate">
          {table[i + 1]}
        </Text>
      ))}
    </Box>
  );
}
