import { BoundedSeries } from '@neuronlab/lab';
import type { FeedSink } from './log-feed.js';
import type { LogFile } from './log-file.js';
import type { ScalarColumns } from './log-point.js';

/** Buckets kept per series (each its lowest and highest point): far more than a terminal has braille dots across. */
const CAPACITY = 1024;

/** One run's line in a chart: its points (bounded, see BoundedSeries) and its latest value. */
interface ChartLine {
  readonly run: string;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly latest: { readonly step: number; readonly value: number } | null;
}

/** One chart: a series (a tag, a CSV column) with a line per run that logged it. */
export interface ChartData {
  readonly series: string;
  readonly lines: readonly ChartLine[];
}

/**
 * What `plot` draws, gathered from a LogFeed: per file, one BoundedSeries per series, keeping each bucket's extremes so
 * that a spike survives however long the log. A file that starts over drops its own histories only. `series`, when
 * given, keeps just those series; `version` moves on every change, so a screen redraws only when something came in.
 */
export class PlotModel implements FeedSink {
  version = 0;
  private readonly byFile = new Map<LogFile, Map<string, BoundedSeries>>();
  private readonly runOrder: string[] = [];
  private readonly seriesOrder: string[] = [];

  constructor(private readonly pick: ReadonlySet<string> | null = null) {}

  /** Adds one file's scalars (see FeedSink). */
  scalars(file: LogFile, scalars: ScalarColumns, reset: boolean): void {
    if (reset) this.byFile.delete(file);
    let histories = this.byFile.get(file);
    if (histories === undefined) {
      histories = new Map();
      this.byFile.set(file, histories);
      if (!this.runOrder.includes(file.run)) this.runOrder.push(file.run);
    }
    for (let i = 0; i < scalars.length; i++) {
      const series = scalars.series[i]!;
      if (this.pick !== null && !this.pick.has(series)) continue;
      let h = histories.get(series);
      if (h === undefined) {
        h = new BoundedSeries(CAPACITY, 'extremes');
        histories.set(series, h);
        if (!this.seriesOrder.includes(series)) this.seriesOrder.push(series);
      }
      h.push(scalars.steps[i]!, scalars.values[i]!);
    }
    this.version++;
  }

  /** The runs in the order they were first read. */
  get runs(): readonly string[] {
    return this.runOrder;
  }

  /** The charts in the order their series first appeared (or the order asked for), each with a line per run. */
  charts(): ChartData[] {
    const order = this.pick ? [...this.pick].filter((s) => this.seriesOrder.includes(s)) : this.seriesOrder;
    return order.map((series) => {
      const lines: ChartLine[] = [];
      for (const [file, histories] of this.byFile) {
        const h = histories.get(series);
        if (h === undefined || h.count === 0) continue;
        const { xs, columns } = h.points();
        const [step, value] = h.latest!;
        lines.push({ run: file.run, xs, ys: columns[0]!, latest: { step: step!, value: value! } });
      }
      return { series, lines };
    });
  }
}
