/** Training speeds the playground offers, in epochs per second; `max` trains as fast as the worker can. */
export const SPEEDS = ['3', '10', '30', '100', '300', 'max'] as const;
/** One of SPEEDS. */
export type Speed = (typeof SPEEDS)[number];
/** The default speed: a 300-epoch run takes ten seconds, so the boundary is seen forming. */
export const DEFAULT_SPEED: Speed = '30';

/** Longest slice of training the worker runs before it answers, so snapshots keep coming at max speed. */
export const SLICE_MS = 30;

/**
 * Epochs to ask for now, at `speed`, `elapsedMs` after the last request, with `carry` epochs owed from before (a
 * fraction at slow speeds): returns the whole epochs to run and the fraction carried to the next frame.
 */
export function epochsDue(speed: Speed, elapsedMs: number, carry: number): { epochs: number; carry: number } {
  if (speed === 'max') return { epochs: Number.POSITIVE_INFINITY, carry: 0 };
  // a long pause (a background tab) does not turn into a burst of epochs
  const owed = carry + (Number(speed) * Math.min(elapsedMs, 100)) / 1000;
  const epochs = Math.floor(owed);
  return { epochs, carry: owed - epochs };
}
