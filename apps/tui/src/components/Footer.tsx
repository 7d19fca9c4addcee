import { Text } from 'ink';

/** Each key with its long and short description (the short one when the long legend does not fit). */
const KEYS: readonly (readonly [key: string, long: string, short: string])[] = [
  ['space', 'pause/resume', 'pause'],
  ['n', 'step', 'step'],
  ['+/-', 'speed', 'pace'],
  ['l', 'log scale', 'log'],
  ['s', 'save', 'save'],
  ['q', 'quit', 'quit'],
];

/** The network panel's keys: the selected neuron, the sample, the formula. */
const NETWORK_KEYS: readonly (readonly [key: string, long: string, short: string])[] = [
  ['←↑↓→', 'neuron', 'neuron'],
  ['[]', 'sample', 'sample'],
  ['i', 'formula', 'formula'],
];

/** Keys that still do something once training has ended. */
const AFTER_END = new Set(['s', 'q', 'l', ...NETWORK_KEYS.map(([k]) => k)]);

interface Props {
  readonly message?: string | undefined;
  readonly finished: boolean;
  /** Whether the network panel's keys apply. @default false */
  readonly network?: boolean;
  /** Columns available; the short descriptions are used when the long ones do not fit. @default Infinity */
  readonly width?: number;
}

/** The key legend, after the latest message (a save, a warning) so a narrow terminal still shows it. */
export function Footer({ message, finished, network = false, width = Number.POSITIVE_INFINITY }: Props) {
  const all = network ? [...KEYS, ...NETWORK_KEYS] : KEYS;
  const keys = finished ? all.filter(([k]) => AFTER_END.has(k)) : all;
  const room = width - (message ? message.length + 3 : 0);
  // each key, a space and its words, with a space between two keys
  const long = keys.reduce((n, [k, what]) => n + k.length + what.length + 2, 0) - 1 <= room;
  return (
    <Text wrap="truncate">
      {message ? <Text color="yellow">{message} · </Text> : null}
      {keys.map(([k, what, short], i) => (
        <Text key={k}>
          {i > 0 ? ' ' : ''}
          <Text bold color="cyan">
            {k}
          </Text>
          <Text color="gray"> {long ? what : short}</Text>
        </Text>
      ))}
    </Text>
  );
}
