import { displayWidth } from '../text-width.js';

/** Columns between two items of a legend row. */
export const LEGEND_GAP = 2;

/** Which items of a legend go on which row, and how many did not fit (said at the end of the last row). */
export interface LegendLayout {
  /** Item indexes, row by row, in the items' order. */
  readonly rows: readonly (readonly number[])[];
  /** Items left out: the last row ends in `more(left)`. */
  readonly left: number;
}

/**
 * Lays `items` out in rows of at most `width` columns, two columns apart, in at most `maxRows` rows. When they do not
 * all fit, the last row ends in `more(left)` (`+3 more`) and holds only what fits beside it, so every item shown is
 * whole and the reader knows how many are missing. An item wider than a row gets a row of its own (and is cut there).
 */
export function layoutLegend(
  items: readonly string[],
  width: number,
  maxRows: number,
  more: (left: number) => string,
): LegendLayout {
  const widths = items.map((item) => Math.min(displayWidth(item), width));
  const rows: number[][] = [];
  let row: number[] = [];
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    const need = row.length === 0 ? widths[i]! : used + LEGEND_GAP + widths[i]!;
    if (need <= width || row.length === 0) {
      row.push(i);
      used = need;
      continue;
    }
    rows.push(row);
    row = [i];
    used = widths[i]!;
  }
  if (row.length > 0) rows.push(row);
  if (rows.length <= maxRows) return { rows, left: 0 };

  // too many rows: keep the first maxRows, then take items off the last until the count of the rest fits beside it
  const kept = rows.slice(0, Math.max(1, maxRows)).map((r) => [...r]);
  const last = kept[kept.length - 1]!;
  const shownBefore = kept.slice(0, -1).reduce((n, r) => n + r.length, 0);
  const rowWidth = (r: readonly number[]) => r.reduce((w, i, k) => w + widths[i]! + (k > 0 ? LEGEND_GAP : 0), 0);
  for (;;) {
    const left = items.length - shownBefore - last.length;
    const tail = displayWidth(more(left));
    if (last.length === 0 || rowWidth(last) + LEGEND_GAP + tail <= width) return { rows: kept, left };
    last.pop();
  }
}
