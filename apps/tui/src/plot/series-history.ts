/**
 * One series of a log in bounded memory, for drawing. Points are grouped in arrival order into buckets of `span`
 * points, and each bucket keeps only its lowest and highest value (with their steps), so a spike or a dip survives
 * however long the run. When more than `capacity` buckets are full, neighbouring buckets merge and `span` doubles.
 * The latest point is always kept exactly, so a curve ends where the log does.
 */
export class SeriesHistory {
  /** Per closed bucket: step and value of its minimum, then of its maximum (4 numbers per bucket). */
  private buckets: number[] = [];
  private span = 1;
  /** The bucket being filled: how many points it has and its extremes. */
  private open = { count: 0, has: false, minStep: 0, min: 0, maxStep: 0, max: 0 };
  private lastStep = Number.NaN;
  private lastValue = Number.NaN;
  private total = 0;
  private drawn: { xs: number[]; ys: number[] } | null = null;

  /** @param capacity Most closed buckets kept: reaching it, neighbours merge (two points each when drawn). @default 1024 */
  constructor(private readonly capacity = 1024) {
    if (!Number.isInteger(capacity) || capacity < 2 || capacity % 2 !== 0) {
      throw new RangeError(`SeriesHistory: capacity must be an even integer >= 2, got ${capacity}. Use e.g. 1024.`);
    }
  }

  /** Points pushed so far (not the number kept). */
  get count(): number {
    return this.total;
  }

  /** The most recent point, or null before the first push. */
  get latest(): { step: number; value: number } | null {
    return this.total === 0 ? null : { step: this.lastStep, value: this.lastValue };
  }

  /** Records `value` at `step`. A NaN (a diverged loss) is kept as the latest point but never as an extreme. */
  push(step: number, value: number): void {
    this.total++;
    this.lastStep = step;
    this.lastValue = value;
    this.drawn = null;
    const o = this.open;
    if (!Number.isNaN(value)) {
      if (!o.has || value < o.min) {
        o.minStep = step;
        o.min = value;
      }
      if (!o.has || value > o.max) {
        o.maxStep = step;
        o.max = value;
      }
      o.has = true;
    }
    if (++o.count < this.span) return;
    if (o.has) this.buckets.push(o.minStep, o.min, o.maxStep, o.max);
    o.count = 0;
    o.has = false;
    if (this.buckets.length >= 4 * this.capacity) this.merge();
  }

  /** The kept points in arrival order, each bucket's extremes in step order, ending at the latest point. */
  points(): { readonly xs: readonly number[]; readonly ys: readonly number[] } {
    if (this.drawn) return this.drawn;
    const xs: number[] = [];
    const ys: number[] = [];
    const add = (minStep: number, min: number, maxStep: number, max: number) => {
      const [a, b] = minStep <= maxStep ? [0, 1] : [1, 0];
      const pts = [
        [minStep, min],
        [maxStep, max],
      ] as const;
      xs.push(pts[a]![0]);
      ys.push(pts[a]![1]);
      if (minStep !== maxStep || min !== max) {
        xs.push(pts[b]![0]);
        ys.push(pts[b]![1]);
      }
    };
    const k = this.buckets;
    for (let i = 0; i < k.length; i += 4) add(k[i]!, k[i + 1]!, k[i + 2]!, k[i + 3]!);
    if (this.open.has) add(this.open.minStep, this.open.min, this.open.maxStep, this.open.max);
    if (this.total > 0 && (xs[xs.length - 1] !== this.lastStep || ys[ys.length - 1] !== this.lastValue)) {
      xs.push(this.lastStep);
      ys.push(this.lastValue);
    }
    this.drawn = { xs, ys };
    return this.drawn;
  }

  /** Merges each pair of neighbouring closed buckets into one: the lower minimum and the higher maximum. */
  private merge(): void {
    const k = this.buckets;
    const out: number[] = [];
    for (let i = 0; i < k.length; i += 8) {
      if (i + 4 >= k.length) {
        out.push(k[i]!, k[i + 1]!, k[i + 2]!, k[i + 3]!);
        break;
      }
      const lowFirst = !(k[i + 5]! < k[i + 1]!);
      const highFirst = !(k[i + 7]! > k[i + 3]!);
      out.push(
        lowFirst ? k[i]! : k[i + 4]!,
        lowFirst ? k[i + 1]! : k[i + 5]!,
        highFirst ? k[i + 2]! : k[i + 6]!,
        highFirst ? k[i + 3]! : k[i + 7]!,
      );
    }
    this.buckets = out;
    this.span *= 2;
  }
}
