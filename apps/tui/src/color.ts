import type { ColorDepth } from './chart/ansi-color.js';

/**
 * Whether the user asked for no colour: NO_COLOR set and not empty (https://no-color.org). The one place the
 * program reads it: error lines, chart rows and (through chalk, see cli.ts) Ink's coloured text all follow it.
 */
export function noColorRequested(): boolean {
  return Boolean(process.env.NO_COLOR);
}

let depth: ColorDepth | undefined;

/**
 * Colours the screen shows, as Node reads TERM, COLORTERM and FORCE_COLOR for the terminal (chalk reads the same for
 * Ink's text); any RGB when the output is no terminal. Read once: they do not change while the program runs.
 */
export function screenColorDepth(): ColorDepth {
  depth ??= process.stdout.isTTY ? (process.stdout.getColorDepth() as ColorDepth) : 24;
  return depth;
}

/**
 * Whether the screen shows no colour at all: NO_COLOR, or a terminal with one colour (TERM=dumb). Then whatever
 * colour alone would tell apart (classes, shades, lines) is drawn with characters instead.
 */
export function monochrome(): boolean {
  return noColorRequested() || screenColorDepth() === 1;
}
