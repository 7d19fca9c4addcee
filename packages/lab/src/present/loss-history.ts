import { BoundedSeries, type BucketKeep } from './bounded-series.js';

/** One recorded point: the epoch, its training loss and its test loss (NaN without a test set). */
export interface LossPoint {
  readonly epoch: number;
  readonly train: number;
  readonly test: number;
}

/**
 * Loss over epochs for charts, in bounded memory: a BoundedSeries of two columns, the training loss and the test loss
 * side by side at the same epochs. By default each bucket keeps its first epoch, so the kept epochs are evenly spaced
 * on a stride that doubles as the run grows; with 'extremes' it keeps where the training loss was lowest and highest,
 * so a spike survives. The latest point is always the last one, so a curve reaches the current epoch.
 */
export class LossHistory {
  private readonly series: BoundedSeries;
  private sawTest = false;

  /**
   * @param capacity Buckets kept before neighbours merge. @default 2048
   * @param keep What each bucket keeps (see BucketKeep). @default 'first'
   */
  constructor(capacity = 2048, keep: BucketKeep = 'first') {
    this.series = new BoundedSeries(capacity, keep, 2, 'LossHistory');
  }

  /** Epochs of the kept points, ascending. */
  get epochs(): readonly number[] {
    return this.series.points().xs;
  }

  /** Training loss at each kept epoch. */
  get train(): readonly number[] {
    return this.series.points().columns[0]!;
  }

  /** Test loss at each kept epoch (NaN where none was given). */
  get test(): readonly number[] {
    return this.series.points().columns[1]!;
  }

  /** Number of kept points. */
  get length(): number {
    return this.series.points().xs.length;
  }

  /** Whether any test loss was recorded. */
  get hasTest(): boolean {
    return this.sawTest;
  }

  /** The most recent point, or null before the first push. */
  get latest(): LossPoint | null {
    const last = this.series.latest;
    return last === null ? null : { epoch: last[0]!, train: last[1]!, test: last[2]! };
  }

  /** Records the losses at `epoch` (epochs ascending). */
  push(epoch: number, train: number, test?: number): void {
    this.series.push(epoch, train, test ?? Number.NaN);
    if (test !== undefined && Number.isFinite(test)) this.sawTest = true;
  }
}
