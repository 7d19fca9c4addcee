import { Text } from 'ink';

const KEYS: readonly [string, string][] = [
  ['space', 'pause/resume'],
  ['n', 'step'],
  ['+/-', 'speed'],
  ['l', 'log scale'],
  ['s', 'save'],
  ['q', 'quit'],
];

/** The key legend, plus the latest message (a save, a warning). */
export function Footer({ message, finished }: { readonly message?: string; readonly finished: boolean }) {
  const keys = finished ? KEYS.filter(([k]) => k === 's' || k === 'q' || k === 'l') : KEYS;
  return (
    <Text wrap="truncate">
      {keys.map(([k, what]) => (
        <Text key={k}>
          <Text bold color="cyan">
            {k}
          </Text>
          <Text color="gray"> {what} </Text>
        </Text>
      ))}
      {message ? <Text color="yellow"> {message}</Text> : null}
    </Text>
  );
}
