/**
 * A colour as the terminal can show it. Chart cells name colours as #rrggbb; a terminal that shows any RGB colour
 * takes them as they are, one of 256 colours takes the nearest of its 6×6×6 cube and grey ramp, and one of 16 colours
 * (the Linux console, GNU screen) takes the basic colour of the same hue, bright for a bright colour. An RGB escape
 * sent to a terminal without RGB is not ignored: its numbers are read as other attributes (2 dims, 5 blinks).
 */

/** Colours a terminal shows: 24 bits (any RGB), 8 (256 colours), 4 (16) or 1 (none), as Node's getColorDepth says. */
export type ColorDepth = 1 | 4 | 8 | 24;

const CUBE = [0, 95, 135, 175, 215, 255];

function rgbOf(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

const nearestLevel = (c: number) =>
  CUBE.reduce((best, level, i) => (Math.abs(level - c) < Math.abs(CUBE[best]! - c) ? i : best), 0);

/** The xterm 256-colour index nearest an RGB colour: a cube entry or one of the 24 greys. */
export function ansi256(r: number, g: number, b: number): number {
  const [ri, gi, bi] = [nearestLevel(r), nearestLevel(g), nearestLevel(b)];
  const cube = [CUBE[ri]!, CUBE[gi]!, CUBE[bi]!];
  const grey = Math.max(0, Math.min(23, Math.round(((r + g + b) / 3 - 8) / 10)));
  const level = 8 + 10 * grey;
  const distance = (p: readonly number[]) => (p[0]! - r) ** 2 + (p[1]! - g) ** 2 + (p[2]! - b) ** 2;
  return distance([level, level, level]) < distance(cube) ? 232 + grey : 16 + 36 * ri + 6 * gi + bi;
}

/**
 * The basic colour (0–7: black, red, green, yellow, blue, magenta, cyan, white) of an RGB colour's hue, or of its
 * lightness when it has too little hue to tell, and whether it is bright.
 */
export function ansi16(r: number, g: number, b: number): { readonly index: number; readonly bright: boolean } {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const bright = max >= 180;
  if (max - min < 40) return max < 64 ? { index: 0, bright: false } : { index: 7, bright: max >= 200 };
  const hue =
    max === r
      ? (60 * (g - b)) / (max - min)
      : max === g
        ? 120 + (60 * (b - r)) / (max - min)
        : 240 + (60 * (r - g)) / (max - min);
  // the six hues 60° apart, red at 0°: red, yellow, green, cyan, blue, magenta
  const sextant = Math.round((((hue % 360) + 360) % 360) / 60) % 6;
  return { index: [1, 3, 2, 6, 4, 5][sextant]!, bright };
}

// every frame colours its cells from a few dozen shades: each escape is worked out once
const escapes = new Map<string, string>();

/** The escape that sets `hex` as the foreground or the background at `depth`; empty at depth 1. */
export function hexColor(hex: string, background: boolean, depth: ColorDepth): string {
  const key = `${hex}${background ? 'b' : 'f'}${depth}`;
  let code = escapes.get(key);
  if (code === undefined) {
    code = escapeOf(hex, background, depth);
    escapes.set(key, code);
  }
  return code;
}

function escapeOf(hex: string, background: boolean, depth: ColorDepth): string {
  if (depth === 1) return '';
  const [r, g, b] = rgbOf(hex);
  if (depth === 24) return `\u001b[${background ? 48 : 38};2;${r};${g};${b}m`;
  if (depth === 8) return `\u001b[${background ? 48 : 38};5;${ansi256(r, g, b)}m`;
  const { index, bright } = ansi16(r, g, b);
  return `\u001b[${(bright ? 90 : 30) + (background ? 10 : 0) + index}m`;
}
