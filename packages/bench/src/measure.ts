/**
 * Timing: every contestant of a case runs in this one process, interleaved round by round (so drift in CPU clock or
 * background load hits all of them alike), and each is summarized by the median of its timed rounds.
 */

/** One competitor in a case: `setup` builds fresh state untimed, `run` is the timed work. */
export interface Contestant {
  /** Row label in the table. */
  readonly name: string;
  /** Builds whatever `run` needs (model, data, tensors); not timed. May be async (TensorFlow.js backends). */
  setup?(): void | Promise<void>;
  /** The timed work. */
  run(): unknown | Promise<unknown>;
  /** Frees what setup made (TensorFlow.js tensors); not timed. */
  teardown?(): void | Promise<void>;
}

/** How many untimed and timed rounds to run. */
export interface MeasureOptions {
  /** Untimed rounds first, so the JIT has compiled the hot loops. @default 1 */
  readonly warmup?: number;
  /** Timed rounds; the median is reported. @default 5 */
  readonly reps?: number;
  /**
   * Force a full GC before every run (needs --expose-gc). Off for millisecond-long runs: a full GC with no instance
   * alive lets V8 drop the hidden classes the optimized code was built for, and the next run pays for re-optimizing,
   * which is a cost of the harness, not of the code measured. @default true
   */
  readonly collect?: boolean;
}

/** What one contestant measured. */
export interface Timing {
  readonly name: string;
  /** Median wall time of one run, in milliseconds. */
  readonly medianMs: number;
  /** Every timed round, in milliseconds, in the order run. */
  readonly samplesMs: readonly number[];
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median: needs at least one value, got an empty list.');
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs all contestants round-robin (warm-up rounds untimed) and returns their median times, in input order. */
export async function measure(contestants: readonly Contestant[], options: MeasureOptions = {}): Promise<Timing[]> {
  const warmup = options.warmup ?? 1;
  const reps = options.reps ?? 5;
  const collect = options.collect ?? true;
  const samples = contestants.map(() => [] as number[]);
  for (let round = 0; round < warmup + reps; round++) {
    for (const [i, c] of contestants.entries()) {
      const ms = await timeOnce(c, collect);
      if (round >= warmup) samples[i]!.push(ms);
    }
  }
  return contestants.map((c, i) => ({ name: c.name, medianMs: median(samples[i]!), samplesMs: samples[i]! }));
}

async function timeOnce(c: Contestant, collect: boolean): Promise<number> {
  await c.setup?.();
  if (collect) collectGarbage();
  const t0 = performance.now();
  const r = c.run();
  if (r instanceof Promise) await r;
  const ms = performance.now() - t0;
  await c.teardown?.();
  return ms;
}

/** Runs a full GC when node was started with --expose-gc, so one contestant's garbage is not billed to the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}
