import type { Cell } from './cells.js';

/**
 * Class colours (bright, for points) and their region shades (dark, for the background), TF-Playground style: one
 * per class for as many classes as a dataset may have, so no two classes share a colour.
 */
export const CLASS_COLORS = [
  '#f59322',
  '#0877bd',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
] as const;

/**
 * Without colour (NO_COLOR, TERM=dumb): each class's region drawn in its own texture, and its points as its mark (0–9,
 * then letters), so the classes still differ on a screen of one colour.
 */
const CLASS_TEXTURES = ['.', '░', '▒', '▓', ':', '+', '=', '~', '#', '%'] as const;
const CLASS_MARKS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** The texture of class `k`'s region without colour. */
export function classTexture(k: number): string {
  return CLASS_TEXTURES[k % CLASS_TEXTURES.length]!;
}

/** The mark of class `k`'s points without colour: its index while one character holds it, else `*`. */
export function classMark(k: number): string {
  return CLASS_MARKS[k] ?? '*';
}

/** Class probabilities over a px × py pixel grid of the ranges (see regionGrid): px·py × k, or × 1 for binary. */
export interface RegionMap {
  readonly values: Float64Array;
  readonly px: number;
  readonly py: number;
}

/** The inputs of a decision heatmap. */
export interface HeatmapOptions {
  readonly cols: number;
  readonly rows: number;
  readonly xRange: readonly [number, number];
  readonly yRange: readonly [number, number];
  /** The model's class probabilities, at any grid size (sampled to the cells' pixels), or null while none is known. */
  readonly map: RegionMap | null;
  /** Number of probability columns in the map: 1 (P(class 1)) for binary, k for k classes. */
  readonly outputs: number;
  /** Points to draw over the regions: coordinates (n × 2) and class indices. */
  readonly points?: { readonly x: Float64Array; readonly labels: ArrayLike<number>; readonly n: number };
  /** Draw without colour: textures and marks (see CLASS_TEXTURES) instead of shades and dots. */
  readonly mono?: boolean;
}

/** The centres of a px × py pixel grid over the ranges, row-major from the top left (px·py × 2). */
export function regionGrid(
  xRange: readonly [number, number],
  yRange: readonly [number, number],
  px: number,
  py: number,
): Float64Array {
  const grid = new Float64Array(px * py * 2);
  for (let j = 0; j < py; j++) {
    for (let i = 0; i < px; i++) {
      grid[(j * px + i) * 2] = xRange[0] + ((i + 0.5) / px) * (xRange[1] - xRange[0]);
      grid[(j * px + i) * 2 + 1] = yRange[1] - ((j + 0.5) / py) * (yRange[1] - yRange[0]);
    }
  }
  return grid;
}

function hex(c: string): [number, number, number] {
  const v = Number.parseInt(c.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function shade(color: string, strength: number): string {
  // Blend toward a dark grey so a confident region is tinted and an unsure one stays neutral
  const base = 28;
  const rgb = hex(color).map((v) => Math.round(base + (v - base) * 0.55 * strength));
  return `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Winning class and its confidence (0 = a coin toss, 1 = certain) for row `i` of the model's output. */
export function classOf(p: Float64Array, i: number, outputs: number): [number, number] {
  if (outputs === 1) {
    const q = p[i] ?? 0.5;
    return q >= 0.5 ? [1, 2 * q - 1] : [0, 1 - 2 * q];
  }
  let best = 0;
  for (let k = 1; k < outputs; k++) if ((p[i * outputs + k] ?? 0) > (p[i * outputs + best] ?? 0)) best = k;
  const top = p[i * outputs + best] ?? 0;
  return [best, Math.max(0, (top - 1 / outputs) / (1 - 1 / outputs))];
}

/**
 * Decision regions as half-block cells (two pixels per cell, top = fg and bottom = bg), with the points drawn on top;
 * `mono`, one texture per cell, the class of its top pixel.
 */
export function heatmap(o: HeatmapOptions): Cell[][] {
  const px = o.cols;
  const py = o.rows * 2;
  const m = o.map;
  /** The winning class and its confidence at pixel (i, j), or null while there is no map. */
  const classAt = (i: number, j: number): [number, number] | null => {
    if (m === null) return null;
    // the map may be of another size for a frame after a resize: take its pixel under this one
    const at = Math.floor(((j + 0.5) * m.py) / py) * m.px + Math.floor(((i + 0.5) * m.px) / px);
    return classOf(m.values, at, o.outputs);
  };
  const colorAt = (i: number, j: number): string => {
    const found = classAt(i, j);
    if (found === null) return shade('#888888', 0);
    const [k, conf] = found;
    // Four confidence levels: enough to see the boundary sharpen, and neighbouring cells share colours (cheap to draw)
    return shade(CLASS_COLORS[k % CLASS_COLORS.length] ?? '#888888', Math.round(conf * 4) / 4);
  };
  const monoCell = (c: number, r: number): Cell => {
    const found = classAt(c, 2 * r);
    return { ch: found === null ? ' ' : classTexture(found[0]) };
  };
  const cells: Cell[][] = [];
  for (let r = 0; r < o.rows; r++) {
    const row: Cell[] = [];
    for (let c = 0; c < o.cols; c++)
      row.push(o.mono ? monoCell(c, r) : { ch: '▀', fg: colorAt(c, 2 * r), bg: colorAt(c, 2 * r + 1) });
    cells.push(row);
  }
  if (o.points) drawPoints(cells, o);
  return cells;
}

function drawPoints(cells: Cell[][], o: HeatmapOptions): void {
  const pts = o.points;
  if (!pts) return;
  for (let i = 0; i < pts.n; i++) {
    const fx = ((pts.x[2 * i] as number) - o.xRange[0]) / (o.xRange[1] - o.xRange[0]);
    const fy = (o.yRange[1] - (pts.x[2 * i + 1] as number)) / (o.yRange[1] - o.yRange[0]);
    const c = Math.floor(fx * o.cols);
    const r = Math.floor(fy * o.rows);
    const cell = cells[r]?.[c];
    if (!cell) continue;
    const k = Math.round(pts.labels[i] ?? 0);
    cells[r]![c] = o.mono ? { ch: classMark(k) } : { ch: '●', fg: CLASS_COLORS[k % CLASS_COLORS.length], bg: cell.bg };
  }
}
