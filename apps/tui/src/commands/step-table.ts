/**
 * Tables for `neuronlab step` that fit the terminal: columns are packed left to right into as many tables as the
 * width needs, each repeating the key column, so exact 17-digit numbers never push a line past 80 characters.
 */

/** One column: its heading and one cell per row. */
export interface Column {
  readonly head: string;
  readonly cells: readonly string[];
}

/** Width a line of step output may use. */
const STEP_WIDTH = 80;

const GAP = 2;

function widthOf(c: Column): number {
  return Math.max(c.head.length, ...c.cells.map((s) => s.length));
}

function render(indent: string, columns: readonly Column[]): string[] {
  const widths = columns.map(widthOf);
  const line = (cell: (c: Column) => string) =>
    indent +
    columns
      .map((c, i) => (i === 0 ? cell(c).padEnd(widths[i]!) : cell(c).padStart(widths[i]!)))
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
