import { formatRate } from '@neuronlab/lab';
import { Text } from 'ink';
import { padCell } from '../format.js';
import { useSteadyFit } from '../hooks/use-steady-fit.js';
import type { Messages } from '../i18n/messages-en.js';
import { useMessages } from '../i18n/use-messages.js';
import { displayWidth } from '../text-width.js';

/** What the header names: the task and the setup of the run. */
export interface RunInfo {
  /** `regression on celsius (100 samples)` */
  readonly task: string;
  /** The task without its sample counts (`regression on celsius`), for a narrow screen. */
  readonly taskBrief?: string;
  /** `neuron` or `mlp 2-16-16-1 tanh` */
  readonly model: string;
  readonly optimizer: string;
  readonly lr: number;
  readonly seed: number;
}

/** Where a run is: its status at the header's right edge. */
export type RunStatus = keyof Messages['header']['status'];

const STATUS_COLORS: Readonly<Partial<Record<RunStatus, string>>> = {
  done: 'green',
  paused: 'yellow',
  pausing: 'yellow',
  failed: 'red',
};

/**
 * The header's details, longest first: everything; then without the seed; then without the sample counts; then
 * without the model. The learning rate stays to the last, since trying rates is what a learner does here; what still
 * does not fit is cut at the edge.
 */
function details(info: RunInfo, t: Messages['header']): string[] {
  const rate = `${info.optimizer} ${t.lr} ${formatRate(info.lr)}`;
  const brief = info.taskBrief ?? info.task;
  return [
    ` · ${info.task} · ${info.model} · ${rate} · ${t.seed} ${info.seed}`,
    ` · ${info.task} · ${info.model} · ${rate}`,
    ` · ${brief} · ${info.model} · ${rate}`,
    ` · ${brief} · ${rate}`,
  ];
}

/** The first line: what is being trained and how, with the run's status at the right edge. */
export function Header({ info, status, width }: { info: RunInfo; status: RunStatus; width: number }) {
  const t = useMessages().header;
  const right = ` ${t.status[status]}`;
  const room = Math.max(0, width - displayWidth(right) - displayWidth('neuronlab'));
  // the status word's width changes (training, paused, done): a steady fit keeps the details from switching with it
  const left = padCell(useSteadyFit(details(info, t), room), room);
  return (
    <Text wrap="truncate">
      <Text bold color="cyan">
        neuronlab
      </Text>
      {left}
      <Text bold color={STATUS_COLORS[status] ?? 'cyan'}>
        {right}
      </Text>
    </Text>
  );
}
