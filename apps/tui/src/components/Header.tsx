import { formatRate } from '@neuronlab/lab';
import { Text } from 'ink';
import { padCell } from '../format.js';
import type { Messages } from '../i18n/messages-en.js';
import { useMessages } from '../i18n/use-messages.js';
import { displayWidth } from '../text-width.js';

/** What the header names: the task and the setup of the run. */
export interface RunInfo {
  /** `regression on celsius (100 samples)` */
  readonly task: string;
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

/** The first line: what is being trained and how, with the run's status at the right edge. */
export function Header({ info, status, width }: { info: RunInfo; status: RunStatus; width: number }) {
  const t = useMessages().header;
  const right = ` ${t.status[status]}`;
  const left = padCell(
    ` · ${info.task} · ${info.model} · ${info.optimizer} ${t.lr} ${formatRate(info.lr)} · ${t.seed} ${info.seed}`,
    Math.max(0, width - displayWidth(right) - displayWidth('neuronlab')),
  );
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
