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
