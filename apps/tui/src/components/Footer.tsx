import { Text } from 'ink';
import type { Messages } from '../i18n/messages-en.js';
import { useMessages } from '../i18n/use-messages.js';
import { displayWidth } from '../text-width.js';

type KeyName = keyof Messages['keys'];

/** Each key as typed, with the name of its description in the message table (long and short forms). */
const KEYS: readonly (readonly [key: string, words: KeyName])[] = [
  ['space', 'pause'],
  ['n', 'step'],
  ['+/-', 'speed'],
  ['l', 'log'],
  ['s', 'save'],
  ['q', 'quit'],
];

/** The network panel's keys: the selected neuron, the sample, the formula. */
const NETWORK_KEYS: readonly (readonly [key: string, words: KeyName])[] = [
  ['←↑↓→', 'neuron'],
  ['[]', 'sample'],
  ['i', 'formula'],
];

/** The network panel's keys in a table's long words (`←↑↓→ neuron`), for a legend written as one line of text. */
export function networkKeyWords(words: Messages['keys']): string[] {
  return NETWORK_KEYS.map(([k, w]) => `${k} ${words[w][0]}`);
}

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
  const words = useMessages().keys;
  const all = network ? [...KEYS, ...NETWORK_KEYS] : KEYS;
  const keys = finished ? all.filter(([k]) => AFTER_END.has(k)) : all;
  const room = width - (message ? displayWidth(message) + 3 : 0);
  // each key, a space and its words, with a space between two keys
  const long = keys.reduce((n, [k, w]) => n + displayWidth(k) + displayWidth(words[w][0]) + 2, 0) - 1 <= room;
  return (
    <Text wrap="truncate">
      {message ? <Text color="yellow">{message} · </Text> : null}
      {keys.map(([k, w], i) => (
        <Text key={k}>
          {i > 0 ? ' ' : ''}
          <Text bold color="cyan">
            {k}
          </Text>
          <Text color="gray"> {words[w][long ? 0 : 1]}</Text>
        </Text>
      ))}
    </Text>
  );
}
