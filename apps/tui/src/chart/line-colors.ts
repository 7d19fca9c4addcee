/** One colour per line of an overlay chart, in order (repeating past eight): distinct on dark and light terminals alike. */
const PALETTE = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'red', 'white', 'gray'] as const;

/**
 * The colour of the `index`-th line (0-based) of an overlay chart: a sweep's trials and `plot`'s runs, in the chart,
 * its legend and a trial's table row alike.
 */
export function lineColor(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

/**
 * Whether `count` lines of one chart need their numbers to be told apart: without colour (`mono`), or past the
 * palette's eight colours, where two lines share one.
 */
export function linesNeedNumbers(count: number, mono: boolean): boolean {
  return mono || count > PALETTE.length;
}
