import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { DashboardView } from '../components/Dashboard.js';
import { Dashboard } from '../components/Dashboard.js';
import type { RunInfo } from '../components/Header.js';
import type { LogMode } from '../components/LossPanel.js';
import type { Messages } from '../i18n/messages-en.js';
import { useMessages } from '../i18n/use-messages.js';
import { neuronTargets, runInfo } from '../views.js';
import { settingsText } from './sweep-text.js';
import { statusText, type TrialState } from './trial-state.js';

interface Props {
  readonly trial: TrialState;
  readonly lossName: string;
  /** Whether the sweep is paused. */
  readonly paused: boolean;
  readonly logMode: LogMode;
  readonly width: number;
  readonly height: number;
}

/** The header's words for a trial: from its plan, or, for a run read back from its log, from its start event. */
function trialInfo(trial: TrialState, words: Messages['header']): RunInfo | null {
  if (trial.plan) return runInfo(trial.plan, words);
  const start = trial.view.start;
  if (!start) return null;
  return { task: trial.name, model: start.model, optimizer: start.optimizer, lr: start.lr, seed: start.seed };
}

/** The header's status, as the single-run dashboard says it (a queued trial has no header yet: it waits). */
function statusWord(trial: TrialState, paused: boolean): keyof Messages['header']['status'] {
  const k = trial.status.kind;
  if (k === 'diverged') return 'failed';
  if (k === 'running' || k === 'queued') return paused ? 'paused' : 'training';
  return k;
}

/**
 * One trial on the single-run dashboard: the same header, progress line, loss chart, parameters panel and summary
 * `neuronlab train` shows, fed from the trial's own events, under a line naming the trial. The model's chart and the
 * network panel need the training thread to answer probes, which a trial's thread does not, so they are left out.
 */
export function TrialDashboard({ trial, lossName, paused, logMode, width, height }: Props) {
  const plan = trial.plan;
  const neuron = useMemo(() => (plan ? neuronTargets(plan) : null), [plan]);
  const info = trialInfo(trial, useMessages().header);
  const t = useMessages().sweep;
  const title = t.trialTitle(String(trial.trial), trial.name, settingsText(trial), statusText(trial.status, t.status));
  if (info === null) {
    return (
      <Box flexDirection="column" width={width}>
        <Text bold wrap="truncate">
          {title}
        </Text>
        <Text color="gray">{t.waiting}</Text>
      </Box>
    );
  }
  const s = trial.view;
  const now = performance.now();
  const view: DashboardView = {
    state: s,
    info,
    lossName,
    chart: null,
    neuron,
    network: null,
    progress: {
      epoch: s.epoch,
      total: s.totalEpochs,
      rate: trial.timing.epochsPerSecond(),
      elapsedMs: trial.timing.elapsed(now),
      etaMs: trial.timing.eta(s.totalEpochs - s.epoch),
      pace: 'max',
    },
    status: statusWord(trial, paused),
    logMode,
    keys: false,
    width,
    height: height - 1,
  };
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate">
        {title}
      </Text>
      <Dashboard view={view} />
    </Box>
  );
}
