/**
 * Tables for `neuronlab step` that fit the terminal: columns are packed left to right into as many tables as the
 * width needs, each repeating the key column, so exact 17-digit numbers never push a line past 80 columns. Widths
 * are display widths: a Japanese head takes two columns a character, a hat (m̂) none.
 */
import { displayWidth, padEndToWidth, padStartToWidth } from '../text-width.js';

/** One column: its heading and one cell per row. */
export interface Column {
  readonly head: string;
  readonly cells: readonly string[];
}

/** Columns a line of step output may use. */
const STEP_WIDTH = 80;

const GAP = 2;

function widthOf(c: Column): number {
  return Math.max(displayWidth(c.head), ...c.cells.map(displayWidth));
}

function render(indent: string, columns: readonly Column[]): string[] {
  const widths = columns.map(widthOf);
  const line = (cell: (c: Column) => string) =>
    indent +
    columns
      .map((c, i) => (i === 0 ? padEndToWidth(cell(c), widths[i]!) : padStartToWidth(cell(c), widths[i]!)))
      .join(' '.repeat(GAP))
      .trimEnd();
  const rows = columns[0]!.cells.map((_, r) => line((c) => c.cells[r] ?? ''));
  return [line((c) => c.head), ...rows];
}

/**
 * `key` then `columns`, split into several tables (a blank line between) when one would be wider than STEP_WIDTH.
 * A column too wide for any table still gets one of its own.
 */
export function tableLines(key: Column, columns: readonly Column[], indent = '  '): string[] {
  const groups: Column[][] = [];
  let group: Column[] = [];
  let used = indent.length + widthOf(key);
  for (const c of columns) {
    const w = GAP + widthOf(c);
    if (group.length > 0 && used + w > STEP_WIDTH) {
      groups.push(group);
      group = [];
      used = indent.length + widthOf(key);
    }
    group.push(c);
    used += w;
  }
  if (group.length > 0) groups.push(group);
  return groups.flatMap((g, i) => [...(i > 0 ? [''] : []), ...render(indent, [key, ...g])]);
}
