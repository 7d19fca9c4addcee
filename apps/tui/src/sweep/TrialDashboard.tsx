import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { DashboardView } from '../components/Dashboard.js';
import { Dashboard } from '../components/Dashboard.js';
import type { RunInfo } from '../components/Header.js';
import type { LogMode } from '../components/LossPanel.js';
import type { Messages } from '../i18n/messages-en.js';
import { useMessages } from '../i18n/use-messages.js';
import type { NetworkSelection } from '../network/selection.js';
import { neuronTargets, runInfo } from '../views.js';
import { settingsText } from './sweep-text.js';
import { statusText, type TrialState } from './trial-state.js';

/** The model's chart and the network panel of a trial, answered by its training thread (or its final model). */
export type TrialViews = Pick<DashboardView, 'chart'> & {
  readonly network: NonNullable<DashboardView['network']> | null;
};

interface Props {
  readonly trial: TrialState;
  readonly lossName: string;
  /** Whether the sweep is paused. */
  readonly paused: boolean;
  readonly logMode: LogMode;
  /** The model's chart and the network panel (null: not shown). @default none (a run read back from its log) */
  readonly views?: TrialViews;
  /** The neuron and sample the network panel shows. @default FIRST_SELECTION */
  readonly selection?: NetworkSelection;
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
 * One trial on the single-run dashboard: the same header, progress line, loss chart, model chart, parameters or
 * network panel and summary `neuronlab train` shows, fed from the trial's own events and its thread's answers,
 * under a line naming the trial.
 */
export function TrialDashboard({ trial, lossName, paused, logMode, views, selection, width, height }: Props) {
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
    chart: views?.chart ?? null,
    neuron,
    network: views?.network ?? null,
    ...(selection ? { selection } : {}),
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
    // the dashboard keeps its last row for the key legend, which a trial leaves to the sweep's screen: the trial's
    // title line takes that row
    height,
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
