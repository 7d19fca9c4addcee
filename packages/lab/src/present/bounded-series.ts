/**
 * What each bucket of a BoundedSeries keeps: its first point (evenly spaced samples, each kept value exactly as it was
 * pushed), or the points where its first column is lowest and highest (an envelope: a single spike among a million
 * points survives, which is what a chart drawn in braille cells needs, one min/max per column).
 */
export type BucketKeep = 'first' | 'extremes';

/** The kept points, ready to draw: `xs` ascending in arrival order, one array of values per column. */
export interface SeriesPoints {
  readonly xs: readonly number[];
  readonly columns: readonly (readonly number[])[];
}

/**
 * Points (an x and one or two values each) in bounded memory, for charts. Points are grouped in arrival order into
 * buckets of `span` points, and each bucket keeps one or two of them (see BucketKeep); the other columns ride along
 * with the point kept. Before a bucket beyond `capacity` opens, neighbouring buckets merge in pairs and `span`
 * doubles, so a run of any length keeps the shape of its curve. The latest point is always kept exactly, so a curve
 * ends where the data does. Deterministic: the same pushes keep the same points.
 */
export class BoundedSeries {
  /** Numbers per kept point: its x, then its values. */
  private readonly rowSize: number;
  /** Numbers per bucket: one kept point ('first') or two, the lowest then the highest ('extremes'). */
  private readonly bucketSize: number;
  /** The closed buckets, bucketSize numbers each. */
  private closed: number[] = [];
  /** The bucket being filled: its kept point(s), how many points it has seen, and whether it kept one yet. */
  private open: number[];
  private openCount = 0;
  private openHas = false;
  private span = 1;
  private total = 0;
  private last: number[];
  private drawn: SeriesPoints | null = null;

  /**
   * @param capacity Most buckets kept (closed and open together). @default 2048
   * @param keep What a bucket keeps. @default 'first'
   * @param columns Values per point: the one that decides what is kept, and maybe a second riding along. @default 1
   * @param owner Who is named in an error about these options. @default 'BoundedSeries'
   */
  constructor(
    private readonly capacity = 2048,
    private readonly keep: BucketKeep = 'first',
    private readonly columns: 1 | 2 = 1,
    owner = 'BoundedSeries',
  ) {
    if (!Number.isInteger(capacity) || capacity < 2) {
      throw new RangeError(`${owner}: capacity must be an integer >= 2, got ${capacity}. Use e.g. 2048.`);
    }
    if (columns !== 1 && columns !== 2) {
      throw new RangeError(`${owner}: columns must be 1 or 2, got ${columns}. Use 1 for a single line.`);
    }
    this.rowSize = 1 + columns;
    this.bucketSize = keep === 'first' ? this.rowSize : 2 * this.rowSize;
    this.open = new Array<number>(this.bucketSize).fill(Number.NaN);
    this.last = new Array<number>(this.rowSize).fill(Number.NaN);
  }

  /** Points pushed so far (not the number kept). */
  get count(): number {
    return this.total;
  }

  /** The most recent point as [x, ...values] (one array, overwritten by the next push), or null before the first push. */
  get latest(): readonly number[] | null {
    return this.total === 0 ? null : this.last;
  }

  /**
   * Records `value` at `x`, and `second` in the second column when there are two (NaN when not given). With
   * 'extremes', a NaN value (a diverged loss) is kept as the latest point but never as a bucket's lowest or highest.
   */
  push(x: number, value: number, second = Number.NaN): void {
    if (this.openCount === 0 && this.closed.length >= this.capacity * this.bucketSize) this.merge();
    this.total++;
    this.drawn = null;
    const row = this.last;
    row[0] = x;
    row[1] = value;
    if (this.columns === 2) row[2] = second;
    if (this.keep === 'first') {
      if (this.openCount === 0) this.copyRow(row, this.open, 0);
      this.openHas = true;
    } else {
      this.keepExtremes(row);
    }
    if (++this.openCount < this.span) return;
    if (this.openHas) for (const v of this.open) this.closed.push(v);
    this.openCount = 0;
    this.openHas = false;
  }

  /** The kept points, each bucket's in x order, ending at the latest point; the same object until the next push. */
  points(): SeriesPoints {
    if (this.drawn) return this.drawn;
    const xs: number[] = [];
    const columns = Array.from({ length: this.columns }, () => [] as number[]);
    const add = (from: readonly number[], at: number) => {
      xs.push(from[at]!);
      for (let c = 0; c < this.columns; c++) columns[c]!.push(from[at + 1 + c]!);
    };
    const addBucket = (from: readonly number[], at: number) => {
      if (this.keep === 'first') return add(from, at);
      const low = at;
      const high = at + this.rowSize;
      const [a, b] = from[low]! <= from[high]! ? [low, high] : [high, low];
      add(from, a);
      if (from[low] !== from[high] || from[low + 1] !== from[high + 1]) add(from, b);
    };
    for (let i = 0; i < this.closed.length; i += this.bucketSize) addBucket(this.closed, i);
    if (this.openHas) addBucket(this.open, 0);
    const n = xs.length;
    const same = n > 0 && this.last.every((v, i) => Object.is(v, i === 0 ? xs[n - 1] : columns[i - 1]![n - 1]));
    if (this.total > 0 && !same) add(this.last, 0);
    this.drawn = { xs, columns };
    return this.drawn;
  }

  /** Makes `row` the open bucket's lowest and/or highest point, where its first column beats them. */
  private keepExtremes(row: readonly number[]): void {
    const value = row[1]!;
    if (Number.isNaN(value)) return;
    if (!this.openHas || value < this.open[1]!) this.copyRow(row, this.open, 0);
    if (!this.openHas || value > this.open[this.rowSize + 1]!) this.copyRow(row, this.open, this.rowSize);
    this.openHas = true;
  }

  private copyRow(row: readonly number[], to: number[], at: number): void {
    for (let i = 0; i < this.rowSize; i++) to[at + i] = row[i]!;
  }

  /**
   * Merges each pair of neighbouring closed buckets into one, keeping the earlier one's first point ('first') or the
   * lower lowest and the higher highest ('extremes'). An odd bucket left over is only half full: it becomes the open
   * bucket, so every closed bucket spans the new `span` and 'first' keeps points evenly spaced.
   */
  private merge(): void {
    const k = this.closed;
    const size = this.bucketSize;
    const row = this.rowSize;
    const out: number[] = [];
    let i = 0;
    for (; i + 2 * size <= k.length; i += 2 * size) {
      const next = i + size;
      if (this.keep === 'first') {
        for (let j = 0; j < size; j++) out.push(k[i + j]!);
        continue;
      }
      const low = k[next + 1]! < k[i + 1]! ? next : i;
      const high = k[next + row + 1]! > k[i + row + 1]! ? next + row : i + row;
      for (let j = 0; j < row; j++) out.push(k[low + j]!);
      for (let j = 0; j < row; j++) out.push(k[high + j]!);
    }
    if (i < k.length) {
      this.open = k.slice(i, i + size);
      this.openCount = this.span;
      this.openHas = true;
    }
    this.closed = out;
    this.span *= 2;
  }
}
