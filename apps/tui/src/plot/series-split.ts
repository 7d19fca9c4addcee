/**
 * Where a log names the split a metric was measured on: Keras `val_loss`, Lightning `train_loss`, a TensorBoard tag
 * `loss/val` or `val/loss`, neuronlab's `test_loss`. The split's word stands first or last, joined by `_`, `/`, `.` or
 * `-`; what remains is the metric, and its splits share a chart.
 */
/** A split other than the training data. */
export type Split = 'val' | 'test';

const SPLIT_WORDS = new Map<string, Split | null>([
  ['train', null],
  ['training', null],
  ['val', 'val'],
  ['valid', 'val'],
  ['validation', 'val'],
  ['test', 'test'],
]);
const FIRST = /^([A-Za-z]+)[_/.-](.+)$/;
const LAST = /^(.+)[_/.-]([A-Za-z]+)$/;

/** A series' metric and its split: null for the training data, which a log names or leaves unnamed alike. */
export interface SeriesSplit {
  readonly metric: string;
  readonly split: Split | null;
}

/**
 * The metric a series measures and the split it was measured on (see SPLIT_WORDS); a series without a split word is
 * its own metric.
 */
export function seriesSplit(series: string): SeriesSplit {
  const first = FIRST.exec(series);
  if (first && SPLIT_WORDS.has(first[1]!.toLowerCase())) {
    return { metric: first[2]!, split: SPLIT_WORDS.get(first[1]!.toLowerCase())! };
  }
  const last = LAST.exec(series);
  if (last && SPLIT_WORDS.has(last[2]!.toLowerCase())) {
    return { metric: last[1]!, split: SPLIT_WORDS.get(last[2]!.toLowerCase())! };
  }
  return { metric: series, split: null };
}
