import { useRef } from 'react';
import { displayWidth } from '../text-width.js';

/** Spare columns a longer choice needs before it replaces a shorter one that was on screen. */
const SLACK = 3;

/**
 * The first of `choices` (longest first, each a shorter form of the one before) that fits in `room` columns, steady
 * from frame to frame: numbers that change width by a digit or two (an ETA going from 1.2s to 800ms) would otherwise
 * make a line at the edge of fitting switch forms on every frame. A shorter form is taken as soon as the longer one
 * no longer fits; a longer one comes back only with SLACK columns to spare. Past the last choice, the last.
 */
export function useSteadyFit(choices: readonly string[], room: number): string {
  const shown = useRef(0);
  const fits = (i: number, slack: number) => displayWidth(choices[i]!) + slack <= room;
  let pick = choices.findIndex((_, i) => fits(i, 0));
  if (pick < 0) pick = choices.length - 1;
  // a longer form than the last frame's, but only just fitting: keep the last frame's
  if (pick < shown.current && !fits(pick, SLACK)) pick = Math.min(shown.current, choices.length - 1);
  shown.current = pick;
  return choices[pick]!;
}
