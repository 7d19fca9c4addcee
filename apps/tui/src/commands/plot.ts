import { visible } from '@neuronlab/core';
import { formatInt } from '@neuronlab/lab';
import { EXIT, reportError, usageError } from '../errors.js';
import { chooseLocale } from '../i18n/locale.js';
import { errorWords, messagesFor } from '../i18n/messages.js';
import { en, type Messages } from '../i18n/messages-en.js';
import { ChunkedWriter, onStdoutFailure } from '../modes/output.js';
import { LogFeed } from '../plot/log-feed.js';
import type { LogFile } from '../plot/log-file.js';
import type { ScalarColumns } from '../plot/log-point.js';
import { missingSeries, PlotModel } from '../plot/plot-model.js';
import { routeSignals, signalExitCode } from '../signals.js';

/** The options of `neuronlab plot`, as commander gives them. */
export interface PlotOptions {
  readonly follow?: boolean;
  readonly series?: string;
  readonly json?: boolean;
  readonly debug?: boolean;
  readonly lang?: string;
}

/** The words of the screen and its warning, in one language. */
type Words = Messages['plot'];

/** The series asked for with --series (comma-separated), or null for all. */
function pickedSeries(list: string | undefined): ReadonlySet<string> | null {
  if (list === undefined) return null;
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return names.length > 0 ? new Set(names) : null;
}

/**
 * Refuses, once every log was read, a --series that names a series no log holds: the charts or points of the others
 * are out already, but a misspelt name must not pass for a series that logged nothing.
 */
function checkSeriesFound(missing: readonly string[], seen: readonly string[]): void {
  if (missing.length === 0) return;
  throw usageError('seriesMissing', missing, seen);
}

/** The one-line warning about corrupt lines or records that were skipped, or null when there were none. */
function corruptWarning(files: readonly LogFile[], t: Words): string | null {
  const bad = files.filter((f) => f.corrupt > 0);
  if (bad.length === 0) return null;
  const total = bad.reduce((n, f) => n + f.corrupt, 0);
  const where = bad.map((f) => `${visible(f.path)}: ${formatInt(f.corrupt)}`).join(', ');
  return `neuronlab plot: ${t.skipped(formatInt(total), total, where)}`;
}

/** Stops --follow (or the screen) on SIGINT/SIGTERM or Ctrl-C, remembering the exit code that asks for. */
class Stop extends AbortController {
  /** 0 after q, the end of the logs or nothing yet; 130 or 143 after an interrupt or a signal. */
  code: number = EXIT.ok;

  constructor() {
    super();
    routeSignals((signal) => this.interrupt(signalExitCode(signal)));
  }

  /** Stops with `code` (130 for Ctrl-C). */
  interrupt(code: number = EXIT.interrupted): void {
    if (!this.signal.aborted) this.code = code;
    this.abort();
  }
}

/** `--json`: each point as one JSON line {run, series, step, value, wallTime?}; returns the exit code. */
async function plotJson(paths: readonly string[], o: PlotOptions): Promise<number> {
  const out = new ChunkedWriter(process.stdout);
  const pick = pickedSeries(o.series);
  const seen = new Set<string>();
  const sink = {
    async scalars(file: LogFile, scalars: ScalarColumns) {
      for (let i = 0; i < scalars.length; i++) {
        seen.add(scalars.series[i]!);
        if (pick !== null && !pick.has(scalars.series[i]!)) continue;
        await out.line(JSON.stringify({ run: file.run, ...scalars.at(i) }));
      }
      // following: each batch reaches the reader at once, not when a chunk fills up
      if (o.follow) await out.flush();
    },
  };
  const feed = new LogFeed(paths, sink);
  const stop = new Stop();
  // the reader has gone (`| head -3`): stop reading, as a filter does, whether following or not
  onStdoutFailure(() => stop.abort());
  if (o.follow) await feed.follow(stop.signal);
  else {
    await feed.readAll(true, stop.signal);
    if (!stop.signal.aborted) feed.expectLogs();
  }
  await out.flush();
  // a program reads --json's output, and may read its stderr too: English
  const warning = corruptWarning(feed.files, en.plot);
  if (warning) process.stderr.write(`${warning}\n`);
  if (!o.follow && !stop.signal.aborted) checkSeriesFound(missingSeries(pick, seen), [...seen]);
  return stop.code;
}

/** The status line: how far the first read is, or what is followed, and what was skipped. */
function statusLine(feed: LogFeed, follow: boolean, t: Words): string {
  const { read, size } = feed.progress;
  const files = t.files(formatInt(feed.files.length - feed.skipped.size), feed.files.length);
  const reading =
    read < size ? t.reading(String(Math.floor((100 * read) / size)), files) : follow ? t.following(files) : files;
  return feed.corrupt > 0 ? `${reading} · ${t.corrupt(formatInt(feed.corrupt))}` : reading;
}

/** The charts in the terminal: drawn as the logs are read, kept up to date with --follow until q. */
async function plotScreen(paths: readonly string[], o: PlotOptions, messages: Messages): Promise<number> {
  const model = new PlotModel(pickedSeries(o.series));
  const feed = new LogFeed(paths, model);
  const stop = new Stop();
  // React and Ink load while the first slice of every file is read; that slice tells each file's format, so a file
  // that is no log is one line before any screen
  const screen = import('../modes/plot-screen.js');
  await feed.readFirst(o.follow !== true);
  if (o.follow !== true) feed.expectLogs();
  // a screen that is no terminal (a pipe, a file) gets one frame, drawn once everything is read
  if (o.follow !== true && !process.stdout.isTTY) await feed.readAll(true);
  const { showPlot } = await screen;
  const reading = o.follow ? feed.follow(stop.signal) : feed.readAll(true);
  const firstRead = () => {
    const { read, size } = feed.progress;
    return read < size;
  };
  const status = () => statusLine(feed, o.follow === true, messages.plot);
  const shown = showPlot(model, status, firstRead, stop, reading, o.follow !== true, messages);
  await Promise.all([reading, shown]);
  const warning = corruptWarning(feed.files, messages.plot);
  if (warning) process.stderr.write(`${warning}\n`);
  if (o.follow !== true && stop.code === EXIT.ok) checkSeriesFound(model.missingSeries(), model.seriesInLogs);
  return stop.code;
}

/**
 * `neuronlab plot FILE|DIR…`: charts of training logs, or their points as JSON lines; returns the exit code. The
 * screen, its warning and the error lines speak --lang's language, else the terminal's; --json stays English.
 */
export async function plotCommand(paths: readonly string[], o: PlotOptions): Promise<number> {
  try {
    // checked under --json too: a wrong --lang is a mistake either way
    const messages = messagesFor(chooseLocale(o.lang, process.env));
    return o.json ? await plotJson(paths, o) : await plotScreen(paths, o, messages);
  } catch (error) {
    return reportError('neuronlab plot', error, o.debug === true, undefined, errorWords(o.lang, o.json === true));
  } finally {
    routeSignals(null);
  }
}
