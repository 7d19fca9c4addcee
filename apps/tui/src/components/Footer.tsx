import { Text } from 'ink';

const KEYS: readonly [string, string][] = [
  ['space', 'pause/resume'],
  ['n', 'step'],
  ['+/-', 'speed'],
  ['l', 'log scale'],
  ['s', 'save'],
  ['q', 'quit'],
];

/** The key legend, after the latest message (a save, a warning) so a narrow terminal still shows it. */
export function Footer({ message, finished }: { readonly message?: string; readonly finished: boolean }) {
  const keys = finished ? KEYS.filter(([k]) => k === 's' || k === 'q' || k === 'l') : KEYS;
  return (
    <Text wrap="truncate">
      {message ? <Text color="yellow">{message} · </Text> : null}
      {keys.map(([k, what]) => (
        <Text key={k}>
          <Text bold color="cyan">
            {k}
          </Text>
          <Text color="gray"> {what} </Text>
        </Text>
      ))}
    </Text>
  );
}
