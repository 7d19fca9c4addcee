/** One scalar read from a training log: the value of `series` at `step` in `run`. */
export interface LogPoint {
  readonly run: string;
  readonly series: string;
  readonly step: number;
  readonly value: number;
  /** Seconds since the Unix epoch, when the log records when the value was written. */
  readonly wallTime?: number;
}

/** A scalar of one record before its run is known: what a format's parser makes of a line or a record. */
export type Scalar = Omit<LogPoint, 'run'>;

/** What a parser made of one line or record: its scalars (none for a header or an event without any), or corrupt. */
export type ParsedRecord = readonly Scalar[] | 'corrupt';

/**
 * The scalars of one read of a log, held column by column. A read hands on thousands of points at once; as an object
 * each they would all be alive whenever the young generation is collected mid-read, and V8 then allocates that
 * object literal straight in the old generation (pretenuring), where every later point is garbage only a full
 * collection frees: the resident memory grew with the file (see packages/bench results, case 6).
 */
export class ScalarColumns {
  readonly series: string[] = [];
  readonly steps: number[] = [];
  readonly values: number[] = [];
  /** Seconds since the Unix epoch, NaN where the log does not say when. */
  readonly wallTimes: number[] = [];

  /** Number of points. */
  get length(): number {
    return this.steps.length;
  }

  /** Appends a record's scalars. */
  add(record: readonly Scalar[]): void {
    for (const s of record) {
      this.series.push(s.series);
      this.steps.push(s.step);
      this.values.push(s.value);
      this.wallTimes.push(s.wallTime ?? Number.NaN);
    }
  }

  /** Point `i` as a Scalar (without wallTime when the log does not say when). */
  at(i: number): Scalar {
    const wallTime = this.wallTimes[i]!;
    const point = { series: this.series[i]!, step: this.steps[i]!, value: this.values[i]! };
    return Number.isNaN(wallTime) ? point : { ...point, wallTime };
  }
}
