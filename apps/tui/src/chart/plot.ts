import { formatNumber } from '@neuronlab/lab';
import { BrailleCanvas } from './braille.js';
import type { Cell } from './cells.js';
import { textCells } from './cells.js';
import { extent, makeScale } from './scale.js';

/** One line of a plot. */
export interface Series {
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly color: string;
  /** Draw dashed, like the tutorial's before/after lines. @default false */
  readonly dash?: boolean;
  /** Draw each point as a dot instead of joining them (for noisy data). @default false */
  readonly dots?: boolean;
  /**
   * A short label written over the line's last point, so the line can be told apart where colour cannot (see
   * `linesNeedNumbers`). A label that would cover another moves left along its row. @default none
   */
  readonly mark?: string;
}

/** Size and axes of a plot. */
export interface PlotOptions {
  /** Total columns, labels included. */
  readonly width: number;
  /** Total rows, the x-axis labels included. */
  readonly height: number;
  /** Log10 y axis (non-positive values are dropped). @default false */
  readonly logY?: boolean;
  /** Fixed y range; otherwise the extent of the data. */
  readonly yRange?: readonly [number, number];
  /** Fixed x range; otherwise the extent of the data. */
  readonly xRange?: readonly [number, number];
  /** Formats x-axis labels. @default formatNumber */
  readonly formatX?: (x: number) => string;
}

const AXIS = 'gray';

function yTicks(lo: number, hi: number, log: boolean): [number, number, number] {
  const mid = log ? 10 ** ((Math.log10(lo) + Math.log10(hi)) / 2) : (lo + hi) / 2;
  return [hi, mid, lo];
}

/** Draws line series on a braille canvas with a labelled y axis on the left and an x axis below. */
export function plot(series: readonly Series[], options: PlotOptions): Cell[][] {
  const log = options.logY ?? false;
  const yr = options.yRange ??
    extent(
      series.map((s) => s.ys),
      log,
    ) ?? [0, 1];
  const xr = options.xRange ?? extent(series.map((s) => s.xs)) ?? [0, 1];
  const ticks = yTicks(yr[0], yr[1], log).map((t) => formatNumber(t, 3));
  const labelW = Math.max(...ticks.map((t) => t.length));
  const cols = Math.max(1, options.width - labelW - 1);
  const rows = Math.max(1, options.height - 2);
  const canvas = new BrailleCanvas(cols, rows);
  const sx = makeScale(xr[0], xr[1], canvas.width);
  const sy = makeScale(yr[0], yr[1], canvas.height, log);
  const ends = series.map((s) => drawSeries(canvas, s, sx, (v) => canvas.height - 1 - sy(v), log));
  const body = canvas.toCells();
  placeMarks(body, series, ends);
  const out: Cell[][] = body.map((row, r) => {
    const tick = r === 0 ? ticks[0] : r === rows - 1 ? ticks[2] : r === Math.floor((rows - 1) / 2) ? ticks[1] : '';
    return [...textCells((tick ?? '').padStart(labelW), AXIS), ...textCells(tick ? '┤' : '│', AXIS), ...row];
  });
  out.push(textCells(`${' '.repeat(labelW)}└${'─'.repeat(cols)}`, AXIS));
  const fx = options.formatX ?? ((x: number) => formatNumber(x, 3));
  const left = fx(xr[0]);
  const right = fx(xr[1]);
  const gap = Math.max(1, cols + 1 - left.length - right.length);
  out.push(textCells(`${' '.repeat(labelW)}${left}${' '.repeat(gap)}${right}`, AXIS));
  return out;
}

function drawSeries(
  canvas: BrailleCanvas,
  s: Series,
  sx: (v: number) => number,
  sy: (v: number) => number,
  log: boolean,
): { x: number; y: number } | null {
  const n = Math.min(s.xs.length, s.ys.length);
  let px = Number.NaN;
  let py = Number.NaN;
  let end: { x: number; y: number } | null = null;
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const y = s.ys[i] as number;
    if (!Number.isFinite(y) || (log && y <= 0)) {
      px = Number.NaN;
      continue;
    }
    const x = sx(s.xs[i] as number);
    const yy = sy(y);
    if (Number.isNaN(px) || s.dots) canvas.set(x, yy, s.color);
    else phase = canvas.line(px, py, x, yy, s.color, s.dash, phase);
    px = x;
    py = yy;
    end = { x, y: yy };
  }
  return end;
}

/** How many columns left of its line's end a mark may move to clear earlier marks. */
const MARK_REACH = 12;

/**
 * Writes each series' mark into the body's cells at its line's last point, moved left so it ends inside the canvas.
 * Lines that end at about the same point would cover each other's marks, so a later mark moves left along the same
 * row until a column clear of marks lies on each side of it ("3 2 1"): its row, the line's value, stays true. With no
 * room within MARK_REACH columns it is left out rather than cover another label.
 */
function placeMarks(body: Cell[][], series: readonly Series[], ends: readonly ({ x: number; y: number } | null)[]) {
  const width = body[0]?.length ?? 0;
  const taken = new Set<number>();
  series.forEach((s, i) => {
    const end = ends[i];
    if (!s.mark || !end) return;
    const row = Math.round(end.y) >> 2;
    const line = body[row];
    if (line === undefined) return;
    const cells = textCells(s.mark, s.color);
    const last = Math.max(0, Math.min(Math.round(end.x) >> 1, width - cells.length));
    // the mark's columns and one each side, so two marks never run together ("102" for 10 beside 2)
    const clear = (from: number) => {
      for (let c = from - 1; c <= from + cells.length; c++) if (taken.has(row * width + c)) return false;
      return true;
    };
    for (let from = last; from >= Math.max(0, last - MARK_REACH); from--) {
      if (!clear(from)) continue;
      line.splice(from, cells.length, ...cells);
      for (let k = 0; k < cells.length; k++) taken.add(row * width + from + k);
      return;
    }
  });
}
