/** One colour per trial, in trial order (repeating past eight): distinct on dark and light terminals alike. */
const PALETTE = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'red', 'white', 'gray'] as const;

/** The colour of trial number `trial` (1-based) in the chart, its legend and its table row. */
export function trialColor(trial: number): string {
  return PALETTE[(trial - 1) % PALETTE.length]!;
}
