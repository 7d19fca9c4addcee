import type { Cell } from '../chart/cells.js';
import { CLASS_COLORS } from '../chart/heatmap.js';
import { monochrome } from '../color.js';

/** How a layer's outputs map to shades: the value drawn neutral and how far from it the strongest shade lies. */
export interface ValueScale {
  readonly centre: number;
  readonly half: number;
}

/**
 * The scale of a layer's outputs: a probability (sigmoid, softmax) is neutral at 0.5, tanh spans −1 … 1, and an
 * unbounded activation (relu, linear) is scaled by the largest output in `values`.
 */
export function layerScale(activation: string, values: ArrayLike<number>): ValueScale {
  if (activation === 'sigmoid' || activation === 'softmax') return { centre: 0.5, half: 0.5 };
  if (activation === 'tanh') return { centre: 0, half: 1 };
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i] as number));
  return { centre: 0, half: max > 0 && Number.isFinite(max) ? max : 1 };
}

// negative toward the first class's colour, positive toward the second's, like the decision regions (class 1 = high)
const [LOW, HIGH] = [CLASS_COLORS[0], CLASS_COLORS[1]];
const BASE = 28;

function hex(c: string): number[] {
  const v = Number.parseInt(c.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/**
 * The colour of a value on a scale: dark grey at the centre, the low or high colour at ± half. Five strengths a side:
 * enough to read a neuron's sign and size, and neighbouring cells share colours (cheap to draw).
 */
function shadeOf(v: number, s: ValueScale): string {
  if (!Number.isFinite(v)) return '#ff00ff';
  const t = Math.max(-1, Math.min(1, (v - s.centre) / s.half));
  const strength = Math.round(Math.abs(t) * 5) / 5;
  const rgb = hex(t < 0 ? LOW : HIGH).map((c) => Math.round(BASE + (c - BASE) * strength));
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

// without colour (NO_COLOR, TERM=dumb): a grey ramp from blank at −half to a full block at +half
const RAMP = ' ░▒▓█';

/** The character of a value on a scale without colour: RAMP's, from blank (−half) to full block (+half). */
function rampOf(v: number, s: ValueScale): string {
  if (!Number.isFinite(v)) return '?';
  const t = Math.max(-1, Math.min(1, (v - s.centre) / s.half));
  return RAMP[Math.min(RAMP.length - 1, Math.floor(((t + 1) / 2) * RAMP.length))]!;
}

/**
 * A cell showing a value: `ch` in its shade; without colour the value's character of the grey ramp, unless `ch` is a
 * marker of its own (the selected neuron's ◆), which stays.
 */
export function valueCell(v: number, s: ValueScale, ch = '█'): Cell {
  if (!monochrome()) return { ch, fg: shadeOf(v, s) };
  return { ch: ch === '█' ? rampOf(v, s) : ch };
}

/**
 * A bar for a signed value: `half` cells each side of a centre line, filled toward the left (low colour) for a
 * negative value and the right (high colour) for a positive one, in eighths, full at ± `max`.
 */
export function signedBar(v: number, max: number, half: number): Cell[] {
  const left: Cell[] = Array.from({ length: half }, () => ({ ch: ' ' }));
  const right: Cell[] = Array.from({ length: half }, () => ({ ch: ' ' }));
  const eighths = Number.isFinite(v) && max > 0 ? Math.round(Math.min(1, Math.abs(v) / max) * half * 8) : 0;
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  if (v >= 0) {
    for (let i = 0; i < full; i++) right[i] = { ch: '█', fg: HIGH };
    if (part > 0 && full < half) right[full] = { ch: ' ▏▎▍▌▋▊▉'[part] as string, fg: HIGH };
  } else {
    // eighth blocks grow from the left edge of a cell, so a bar growing leftward fills whole cells only
    for (let i = 0; i < full + (part >= 4 ? 1 : 0) && i < half; i++) left[half - 1 - i] = { ch: '█', fg: LOW };
  }
  return [...left, { ch: '│', fg: 'gray' }, ...right];
}

/**
 * One neuron's output over the plane as half-block cells (two pixels a cell, top = fg, bottom = bg): column `unit`
 * of `values` (rows × units), whose rows from `first` on are a px × py grid; sampled when the grid has another size.
 * Without colour, one character of the grey ramp a cell, for its top pixel.
 */
export function tileCells(
  values: Float64Array,
  units: number,
  unit: number,
  grid: { readonly first: number; readonly px: number; readonly py: number },
  cols: number,
  rows: number,
  scale: ValueScale,
): Cell[][] {
  const value = (i: number, j: number) => {
    const at = Math.floor(((j + 0.5) * grid.py) / (rows * 2)) * grid.px + Math.floor(((i + 0.5) * grid.px) / cols);
    return values[(grid.first + at) * units + unit] as number;
  };
  const colour = (i: number, j: number) => shadeOf(value(i, j), scale);
  const mono = monochrome();
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) =>
      mono ? { ch: rampOf(value(c, 2 * r), scale) } : { ch: '▀', fg: colour(c, 2 * r), bg: colour(c, 2 * r + 1) },
    ),
  );
}
