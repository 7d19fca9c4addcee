import { formatInt, formatNumber } from '@neuronlab/lab';
import { Box, Text } from 'ink';
import { LossPanel } from '../components/LossPanel.js';
import { settingsText, trialCells } from './sweep-text.js';
import { statusText, type TrialState } from './trial-state.js';

interface Props {
  readonly trial: TrialState;
  readonly lossName: string;
  readonly width: number;
  readonly height: number;
}

/** One trial on its own: its settings and status, and its loss (train and test) on the single-run loss panel. */
export function TrialView({ trial, lossName, width, height }: Props) {
  const points = trial.history.train;
  let best = Number.POSITIVE_INFINITY;
  let bestEpoch = 0;
  points.forEach((v, i) => {
    if (v < best) {
      best = v;
      bestEpoch = trial.history.epochs[i]!;
    }
  });
  const cells = trialCells(trial);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate">
        trial {trial.trial} · {trial.name} · {settingsText(trial)} · {statusText(trial.status)}
      </Text>
      <LossPanel
        history={trial.history}
        loss={trial.loss ?? Number.NaN}
        best={best}
        bestEpoch={bestEpoch}
        lossName={lossName}
        logMode="auto"
        width={width}
        height={height - 3}
      />
      <Text wrap="truncate">
        epoch {formatInt(trial.epoch)}/{formatInt(trial.epochs)} · loss {cells[3]} · test loss {cells[4]} · accuracy{' '}
        {cells[5]}
        {Number.isFinite(best) ? ` · best ${formatNumber(best)}` : ''}
      </Text>
    </Box>
  );
}
