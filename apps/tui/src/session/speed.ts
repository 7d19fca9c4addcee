/** A pace: epochs per second, or as fast as the engine goes. */
export type Speed = number | 'max';

/** The steps `+` and `-` move through. */
const SPEED_STEPS: readonly Speed[] = [1, 3, 10, 30, 100, 300, 1000, 2500, 5000, 10_000, 30_000, 100_000, 'max'];

/** How long the default pace lets a run last on screen, so a person can watch it learn. */
const WATCH_SECONDS = 4;

/** The default pace: the whole run in about four seconds, but never slower than 10 epochs a second. */
export function defaultSpeed(epochs: number): Speed {
  return Math.max(10, Math.round(epochs / WATCH_SECONDS));
}

/** The next faster (`+1`) or slower (`-1`) pace from `SPEED_STEPS`. */
export function stepSpeed(current: Speed, direction: 1 | -1): Speed {
  const value = (s: Speed) => (s === 'max' ? Number.POSITIVE_INFINITY : s);
  const v = value(current);
  if (direction > 0) return SPEED_STEPS.find((s) => value(s) > v) ?? 'max';
  return [...SPEED_STEPS].reverse().find((s) => value(s) < v) ?? (SPEED_STEPS[0] as number);
}

/** `2,500 ep/s` or `max`. */
export function formatSpeed(s: Speed): string {
  return s === 'max' ? 'max' : `${s.toLocaleString('en-US')} ep/s`;
}

/** Epochs one chunk of events should cover at a pace: one frame's worth, or no limit at max. */
export function chunkEpochs(speed: Speed, frameMs: number): number {
  return speed === 'max' ? Number.POSITIVE_INFINITY : Math.max(1, Math.ceil((speed * frameMs) / 1000));
}
