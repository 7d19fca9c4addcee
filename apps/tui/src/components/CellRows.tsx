import { Text } from 'ink';
import type { Cell } from '../chart/cells.js';
import { rowToAnsi } from '../chart/cells.js';

/** Renders rows of coloured cells as one pre-coloured <Text> (one string, lines joined), the cheapest form for Ink. */
export function CellRows({ rows }: { readonly rows: readonly (readonly Cell[])[] }) {
  return <Text>{rows.map((row) => rowToAnsi(row)).join('\n')}</Text>;
}
