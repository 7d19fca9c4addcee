import { visible } from '@neuronlab/core';
import { BoundedSeries } from '@neuronlab/lab';
import type { FeedSink } from './log-feed.js';
import type { LogFile } from './log-file.js';
import type { ScalarColumns } from './log-point.js';
import { type Split, seriesSplit } from './series-split.js';

/** Buckets kept per series (each its lowest and highest point): far more than a terminal has braille dots across. */
const CAPACITY = 1024;
/**
 * Parts a series of one file is kept in at most: a step logged again (a job resumed into the same log) starts a part.
 * Past this the steps are no restarts but a column that goes back and forth, and its points join the last part.
 */
const MAX_PARTS = 8;

/**
 * One run's line in a chart, for one split of the chart's metric: its points (bounded, see BoundedSeries) and its
 * latest value. A run written to several files, or resumed, draws one line (see joinParts).
 */
interface ChartLine {
  readonly run: string;
  /** The series it draws, as the log names it. */
  readonly series: string;
  /** The split its series names (see seriesSplit): null for the training data. */
  readonly split: Split | null;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly latest: { readonly step: number; readonly value: number } | null;
}

/**
 * One chart: a metric with a line per run and split that logged it, so a log's `loss` and `val_loss` (or `loss/train`
 * and `loss/val`) are drawn over each other, as the dashboard draws the training and test loss.
 */
export interface ChartData {
  readonly metric: string;
  /** The series drawn, as the log names them (what --series picks), control characters shown as escapes. */
  readonly series: readonly string[];
  readonly lines: readonly ChartLine[];
}

/** Where a split's line stands among its metric's: the training data first, then validation, then test. */
function splitRank(split: Split | null): number {
  return split === null ? 0 : split === 'val' ? 1 : 2;
}

/** The series of `pick` (what --series asked for) that are not among `seen`; none when nothing was picked. */
export function missingSeries(pick: ReadonlySet<string> | null, seen: ReadonlySet<string>): string[] {
  return pick === null ? [] : [...pick].filter((s) => !seen.has(s));
}

/**
 * One run's series from its parts, in order: its files in name order (their writers' start times), each file's parts
 * in the order logged. A later part takes over from its first step, as TensorBoard reads a run: a job resumed from a
 * checkpoint logs again from the checkpoint's step, into a new event file beside the old one or below the old lines
 * of the same CSV, and the earlier points from that step on are dropped.
 */
function joinParts(parts: readonly BoundedSeries[]): Pick<ChartLine, 'xs' | 'ys' | 'latest'> {
  const [step, value] = parts.at(-1)!.latest!;
  const latest = { step: step!, value: value! };
  if (parts.length === 1) {
    const { xs, columns } = parts[0]!.points();
    return { xs, ys: columns[0]!, latest };
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (const part of parts) {
    const { xs: px, columns } = part.points();
    let keep = xs.length;
    while (keep > 0 && xs[keep - 1]! >= px[0]!) keep--;
    xs.length = keep;
    ys.length = keep;
    xs.push(...px);
    ys.push(...columns[0]!);
  }
  return { xs, ys, latest };
}

/** Whether every line of a chart has one value throughout (as far as its buckets' extremes tell). */
function isFlat(chart: ChartData): boolean {
  return chart.lines.every((line) => line.ys.every((y) => Object.is(y, line.ys[0])));
}

/**
 * What `plot` draws, gathered from a LogFeed: per file and series, BoundedSeries keeping each bucket's extremes so that
 * a spike survives however long the log, a new one from each step logged again (see joinParts). A file that starts
 * over drops its own histories only. `series`, when given, keeps just those series; `version` moves on every change,
 * so a screen redraws only when something came in. Names of runs and series come out with their control characters
 * shown as escapes (see visible): a file or a tag named with an escape sequence cannot act on the terminal.
 */
export class PlotModel implements FeedSink {
  version = 0;
  private readonly byFile = new Map<LogFile, Map<string, BoundedSeries[]>>();
  private readonly runOrder: string[] = [];
  private readonly seriesOrder: string[] = [];
  // every series any log holds, picked or not, in the order first read: what a --series that names none is told
  private readonly allSeries = new Set<string>();

  constructor(private readonly pick: ReadonlySet<string> | null = null) {}

  /** Every series the logs hold so far, in the order first read (picked or not), as the screen shows them. */
  get seriesInLogs(): readonly string[] {
    return [...this.allSeries].map(visible);
  }

  /** The series --series asked for that no log holds so far. */
  missingSeries(): string[] {
    return missingSeries(this.pick, this.allSeries);
  }

  /** Adds one file's scalars (see FeedSink). */
  scalars(file: LogFile, scalars: ScalarColumns, reset: boolean): void {
    if (reset) this.byFile.delete(file);
    let histories = this.byFile.get(file);
    if (histories === undefined) {
      histories = new Map();
      this.byFile.set(file, histories);
      const run = visible(file.run);
      if (!this.runOrder.includes(run)) this.runOrder.push(run);
    }
    for (let i = 0; i < scalars.length; i++) {
      const series = scalars.series[i]!;
      this.allSeries.add(series);
      if (this.pick !== null && !this.pick.has(series)) continue;
      let parts = histories.get(series);
      if (parts === undefined) {
        parts = [];
        histories.set(series, parts);
        if (!this.seriesOrder.includes(series)) this.seriesOrder.push(series);
      }
      const step = scalars.steps[i]!;
      const last = parts.at(-1);
      if (last === undefined || (step < last.latest![0]! && parts.length < MAX_PARTS)) {
        parts.push(new BoundedSeries(CAPACITY, 'extremes'));
      }
      parts.at(-1)!.push(step, scalars.values[i]!);
    }
    this.version++;
  }

  /** The runs in the order they were first read. */
  get runs(): readonly string[] {
    return this.runOrder;
  }

  /**
   * The charts in the order their metrics first appeared (or the order their series were asked for), each with a line
   * per run and split: a run's training line first, then its validation and test lines, whatever order they came in.
   * Unless series were picked, a chart whose every line is flat so far (a constant learning rate, logged every step)
   * comes after the charts that move, so a screen with room for only some shows what the runs changed.
   */
  charts(): ChartData[] {
    const charts = this.chartsInOrder();
    if (this.pick !== null) return charts;
    return [...charts.filter((c) => !isFlat(c)), ...charts.filter(isFlat)];
  }

  /** Each run's files' histories: the runs in the order first read, a run's files in name order. */
  private filesByRun(): Map<string, Map<string, BoundedSeries[]>[]> {
    const files = new Map<string, LogFile[]>();
    for (const file of this.byFile.keys()) files.set(file.run, [...(files.get(file.run) ?? []), file]);
    const byName = (a: LogFile, b: LogFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return new Map([...files].map(([run, list]) => [visible(run), list.sort(byName).map((f) => this.byFile.get(f)!)]));
  }

  private chartsInOrder(): ChartData[] {
    const order = this.pick ? [...this.pick].filter((s) => this.seriesOrder.includes(s)) : this.seriesOrder;
    // each series' metric and split read once per frame, not again in the sort and for every file
    const splits = new Map(order.map((series) => [series, seriesSplit(series)]));
    const byMetric = new Map<string, string[]>();
    for (const series of order) {
      const { metric } = splits.get(series)!;
      const same = byMetric.get(metric);
      if (same === undefined) byMetric.set(metric, [series]);
      else same.push(series);
    }
    for (const series of byMetric.values()) {
      series.sort((a, b) => splitRank(splits.get(a)!.split) - splitRank(splits.get(b)!.split));
    }
    const runFiles = this.filesByRun();
    return [...byMetric].map(([metric, series]) => {
      const lines: ChartLine[] = [];
      for (const [run, files] of runFiles) {
        for (const name of series) {
          const parts = files.flatMap((histories) => histories.get(name) ?? []).filter((h) => h.count > 0);
          if (parts.length === 0) continue;
          lines.push({ run, series: visible(name), split: splits.get(name)!.split, ...joinParts(parts) });
        }
      }
      return { metric: visible(metric), series: series.map(visible), lines };
    });
  }
}
