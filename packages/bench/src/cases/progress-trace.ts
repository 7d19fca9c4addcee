/**
 * Case 4's clock: the epoch a command shows, over time, as read from its terminal output. A throughput taken from
 * one process while it runs leaves out start-up (Node, the CLI, React and Ink) without subtracting two runs, each
 * with its own start-up noise.
 */

/** The epoch in `--json` output: a progress event's field. */
export const JSON_EPOCH = /"epoch":(\d+)/g;
/** The epoch on the dashboard: the progress line's `epoch 1,234,567/10,000,000`. */
export const SCREEN_EPOCH = /epoch ([\d,]+)\//g;

/**
 * Reads that arrive this close together are one write the pseudo-terminal split up (a 64 KB block of --json lines,
 * one dashboard frame): they count as one point, at the first read's time, with the highest epoch among them.
 */
const BURST_MS = 3;
/** Characters of the previous text kept for a number split across two reads. */
const CARRY = 64;

/** Points (time in ms, epoch shown) of one run, one per burst of output that shows a higher epoch. */
export class ProgressTrace {
  readonly points: Array<[ms: number, epoch: number]> = [];
  private carry = '';

  constructor(private readonly pattern: RegExp) {}

  /** Adds the epochs in `text` (ANSI codes already removed), read at time `ms`. */
  add(text: string, ms: number): void {
    const scanned = this.carry + text;
    this.carry = scanned.slice(-CARRY);
    let epoch = -1;
    for (const m of scanned.matchAll(this.pattern)) epoch = Math.max(epoch, Number(m[1]!.replaceAll(',', '')));
    const last = this.points[this.points.length - 1];
    if (last !== undefined && ms - last[0] < BURST_MS) {
      // the rest of a burst: its time is when the burst began, its epoch the highest one shown
      last[1] = Math.max(last[1], epoch);
      return;
    }
    if (epoch > (last?.[1] ?? -1)) this.points.push([ms, epoch]);
  }
}

/**
 * Epochs per second while training runs: the least-squares slope of epoch over time through the points between
 * `from` and `to` of the run's `epochs`. A fit, not two end points, so a display that is a constant time behind
 * training (a frame, a batch in flight) does not change the rate. The default window starts at 40%: before that the
 * dashboard is still loading React and Ink next to the training thread, which is start-up, not throughput.
 */
export function steadyRate(
  points: ReadonlyArray<readonly [number, number]>,
  epochs: number,
  from = 0.4,
  to = 0.95,
): number {
  const inside = points.filter(([, e]) => e >= epochs * from && e <= epochs * to);
  if (inside.length < 3) {
    throw new RangeError(
      `steadyRate: needs 3 points between ${from * 100}% and ${to * 100}% of ${epochs} epochs, got ${inside.length}. Run more epochs so the output shows the run in progress.`,
    );
  }
  const meanT = inside.reduce((s, [t]) => s + t, 0) / inside.length;
  const meanE = inside.reduce((s, [, e]) => s + e, 0) / inside.length;
  let cov = 0;
  let varT = 0;
  for (const [t, e] of inside) {
    cov += (t - meanT) * (e - meanE);
    varT += (t - meanT) ** 2;
  }
  return (cov / varT) * 1000;
}
