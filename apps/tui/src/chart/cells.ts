import { noColorRequested, screenColorDepth } from '../color.js';
import { displayCells } from '../text-width.js';
import { type ColorDepth, hexColor } from './ansi-color.js';

/**
 * A terminal cell: one character with optional foreground and background colours. A wide character (漢字, かな)
 * takes two columns, so its cell is followed by an empty one (`ch: ''`): a row has one cell per column.
 */
export interface Cell {
  ch: string;
  fg?: string | undefined;
  bg?: string | undefined;
}

/** A run of neighbouring cells with the same colours, ready to render as one <Text>. */
export interface Segment {
  readonly text: string;
  readonly fg?: string | undefined;
  readonly bg?: string | undefined;
}

/**
 * Joins neighbouring cells of the same colours so a row renders with few colour changes. A blank cell without a
 * background shows no foreground, so it joins whatever run it sits in: fewer escape codes make frames cheaper.
 */
export function toSegments(row: readonly Cell[]): Segment[] {
  const out: Segment[] = [];
  for (const c of row) {
    const last = out[out.length - 1];
    const blank = c.ch === ' ' && c.bg === undefined && last?.bg === undefined;
    if (last && (blank || (last.fg === c.fg && last.bg === c.bg)))
      out[out.length - 1] = { ...last, text: last.text + c.ch };
    else out.push({ text: c.ch, fg: c.fg, bg: c.bg });
  }
  return out;
}

/** Cells for plain text in one colour: one per column, a wide character's second column an empty cell. */
export function textCells(text: string, fg?: string): Cell[] {
  return displayCells(text).flatMap(({ text: ch, width }) =>
    width === 2
      ? [
          { ch, fg },
          { ch: '', fg },
        ]
      : [{ ch, fg }],
  );
}

/**
 * The first `width` cells of a row, never half a wide character: one whose second column falls outside becomes a
 * space, so the row keeps its width in columns.
 */
export function sliceCells(cells: readonly Cell[], width: number): Cell[] {
  const out = cells.slice(0, width);
  if (out.length === width && width > 0 && cells[width]?.ch === '') out[width - 1] = { ch: ' ' };
  return out;
}

/** The text of a row of cells, without colours (for tests and plain output). */
export function rowText(row: readonly Cell[]): string {
  return row.map((c) => c.ch).join('');
}

const NAMED: Readonly<Record<string, number>> = {
  black: 30,
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  white: 37,
  gray: 90,
  grey: 90,
};

function sgr(color: string | undefined, background: boolean, depth: ColorDepth): string {
  if (color === undefined) return '';
  if (color.startsWith('#')) return hexColor(color, background, depth);
  const code = NAMED[color];
  return code === undefined ? '' : `\u001b[${code + (background ? 10 : 0)}m`;
}

/**
 * A row as one string with ANSI colours, as many as the terminal shows (see ansi-color.ts). Rendering a chart row as
 * a single <Text> instead of one per colour run makes a frame several times cheaper for Ink, which keeps redraws from
 * slowing training down.
 */
export function rowToAnsi(row: readonly Cell[], depth: ColorDepth = screenColorDepth()): string {
  if (noColorRequested() || depth === 1) return rowText(row);
  let out = '';
  for (const s of toSegments(row)) {
    const open = sgr(s.fg, false, depth) + sgr(s.bg, true, depth);
    out += open ? `${open}${s.text}\u001b[39;49m` : s.text;
  }
  return out;
}
