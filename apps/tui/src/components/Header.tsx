import { formatRate } from '@neuronlab/lab';
import { Text } from 'ink';
import { padCell } from '../format.js';

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

const STATUS_COLORS: Readonly<Record<string, string>> = {
  done: 'green',
  paused: 'yellow',
  pausing: 'yellow',
  failed: 'red',
};

/** The first line: what is being trained and how, with the run's status at the right edge. */
export function Header({ info, status, width }: { info: RunInfo; status: string; width: number }) {
  const right = ` ${status}`;
  const left = padCell(
    ` · ${info.task} · ${info.model} · ${info.optimizer} lr ${formatRate(info.lr)} · seed ${info.seed}`,
    Math.max(0, width - right.length - 'neuronlab'.length),
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
