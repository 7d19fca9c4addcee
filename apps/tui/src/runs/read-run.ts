import * as fs from 'node:fs';
import { join } from 'node:path';
import { type TrainEvent, visible } from '@neuronlab/core';
import { datasetLabel, formatRate } from '@neuronlab/lab';
import { RUN_FILES, type RunRecord } from '../runlog/run-record.js';
import { applyTrialEvent, newTrial, type TrialState } from '../sweep/trial-state.js';

/** A run directory read back: its record, its events (every complete, readable line) and when it was written. */
export interface StoredRun {
  /** The name as printed: its path under the log directory, control characters shown as escapes. */
  readonly name: string;
  readonly dir: string;
  readonly record: RunRecord;
  readonly events: readonly TrainEvent[];
  /** Lines of events.jsonl that could not be read (a cut-short last line of a killed run, say). */
  readonly skipped: number;
  /** Whether the run wrote model.json. */
  readonly hasModel: boolean;
}

/** Largest events.jsonl read whole; a longer log is read from its start up to this (its curve then ends early). */
const MAX_EVENTS_BYTES = 256 * 1024 * 1024;

/** The events of an events.jsonl text: complete lines that parse as objects with a type; the rest counted. */
function parseEvents(text: string): { events: TrainEvent[]; skipped: number } {
  const events: TrainEvent[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    try {
      const e = JSON.parse(line) as TrainEvent;
      if (typeof e === 'object' && e !== null && typeof e.type === 'string') events.push(e);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { events, skipped };
}

/** Reads a run directory, or returns null when it holds no readable recipe.json (not a neuronlab run). */
export function readRun(dir: string, name: string): StoredRun | null {
  let record: RunRecord;
  try {
    record = JSON.parse(fs.readFileSync(join(dir, RUN_FILES.recipe), 'utf8')) as RunRecord;
    if (record.format !== 'neuronlab-run') return null;
  } catch {
    return null;
  }
  let text = '';
  try {
    const fd = fs.openSync(join(dir, RUN_FILES.events), 'r');
    try {
      const size = Math.min(fs.fstatSync(fd).size, MAX_EVENTS_BYTES);
      const buffer = Buffer.alloc(size);
      const n = fs.readSync(fd, buffer, 0, size, 0);
      text = buffer.subarray(0, n).toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // no events yet: a run that had just begun
  }
  // the name is printed in tables and dashboards: a directory named with an escape sequence must not act on the
  // terminal, so its control characters are shown as escapes (the path stays as it is, to read the files)
  const shown = visible(name);
  return { name: shown, dir, record, ...parseEvents(text), hasModel: fs.existsSync(join(dir, RUN_FILES.model)) };
}

/**
 * The runs under `root`: each directory holding a recipe.json, and one level deeper for directories of runs (a sweep's
 * directory inside a log directory), named `sweep/trial`. Sorted by start time, then name.
 */
export function listRuns(root: string): StoredRun[] {
  const runs: StoredRun[] = [];
  const visit = (dir: string, prefix: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const path = join(dir, entry.name);
      const run = readRun(path, prefix + entry.name);
      if (run !== null) runs.push(run);
      else if (depth === 0) visit(path, `${prefix}${entry.name}/`, 1);
    }
  };
  visit(root, '', 0);
  return runs.sort((a, b) => a.record.started.localeCompare(b.record.started) || a.name.localeCompare(b.name));
}

/** A stored run as a trial of the comparison dashboard; a run whose log ends with no final event is 'running'. */
export function runAsTrial(
  run: StoredRun,
  index: number,
  settings: Readonly<Record<string, string>> = run.record.trial?.settings ?? {},
): TrialState {
  const t = newTrial(index, run.name, settings, null);
  t.epochs = run.record.recipe.epochs;
  for (const e of run.events) applyTrialEvent(t, e);
  return t;
}

/** The settings of a run that tell runs apart, by flag name. */
function runSettings(run: StoredRun): Record<string, string> {
  const r = run.record.recipe;
  return {
    dataset: datasetLabel(r),
    model: r.model.kind,
    hidden: r.model.kind === 'mlp' ? r.model.hidden.join(',') : '-',
    optimizer: r.optimizer,
    lr: formatRate(r.lr),
    epochs: String(r.epochs),
    seed: String(r.seed),
  };
}

/** For each run, the settings whose values differ between `runs` (what a comparison table shows). */
export function differingSettings(runs: readonly StoredRun[]): Array<Record<string, string>> {
  const all = runs.map(runSettings);
  const keys = Object.keys(all[0] ?? {}).filter((k) => new Set(all.map((s) => s[k])).size > 1);
  return all.map((s) => Object.fromEntries(keys.map((k) => [k, s[k]!])));
}
