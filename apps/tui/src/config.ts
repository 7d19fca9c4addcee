import { checkChoice, parseNumber, phrase } from '@neuronlab/core';
import { checkClassLabels, type Recipe, type RecipeFlags } from '@neuronlab/lab';
import { usageError } from './errors.js';
import { PHRASES } from './i18n/errors-en.js';
import { chooseLocale, type Locale } from './i18n/locale.js';
import { checkRunName, LOG_DIR_ENV, type LogDir, logDirFrom } from './runlog/run-dir.js';
import type { Speed } from './session/speed.js';

/** The options commander hands to `train`: raw text, checked by `trainConfig`. */
export interface TrainCliOptions extends RecipeFlags {
  readonly data?: string;
  readonly x?: string;
  readonly y?: string;
  readonly task?: string;
  readonly classes?: string;
  readonly init?: string;
  readonly save?: string;
  readonly speed?: string;
  readonly reportEvery?: string;
  readonly json?: boolean;
  readonly debug?: boolean;
  readonly logDir?: string;
  readonly runName?: string;
  readonly lang?: string;
}

/** Where the data comes from when it is a CSV file. */
interface CsvSource {
  readonly file: string;
  readonly x: string[] | undefined;
  readonly y: string | undefined;
  readonly task: 'regression' | 'binary' | 'multiclass';
  /** The labels of a multiclass target in one-hot order, or undefined for the labels found, sorted. */
  readonly classes: string[] | undefined;
}

/** A checked `train` invocation, before any file is read. */
export interface TrainConfig {
  /** The recipe flags (the recipe itself is made once the data's shape is known). */
  readonly flags: RecipeFlags;
  readonly csv: CsvSource | null;
  readonly init: string | null;
  readonly save: string | null;
  /** Pace, or null for the default (the run in about four seconds). */
  readonly speed: Speed | null;
  /** Epochs per progress event, or null for the mode's default. */
  readonly reportEvery: number | null;
  readonly json: boolean;
  readonly debug: boolean;
  /** Where to keep the run (--log-dir or NEURONLAB_LOG_DIR), or null. */
  readonly logDir: LogDir | null;
  /** The run's directory name (--run-name), or null for a made-up one. */
  readonly runName: string | null;
  /** The dashboard's language: --lang, else the terminal's locale (LC_ALL, LC_MESSAGES, LANG). */
  readonly locale: Locale;
}

/** Splits `a,b` column lists; numbers stay text here and the CSV reader resolves names or indices. */
export function columns(text: string): string[] {
  return text
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** The tasks a CSV file can be read for (--task). */
const TASKS = ['regression', 'binary', 'multiclass'] as const;

function csvSource(o: TrainCliOptions): CsvSource | null {
  if (o.data === undefined) {
    if (o.x !== undefined || o.y !== undefined) throw usageError('columnsNeedData');
    if (o.classes !== undefined) throw usageError('classesNeedData');
    return null;
  }
  if (o.dataset !== undefined) throw usageError('dataAndDataset');
  const task = checkChoice('--task', o.task ?? 'regression', TASKS);
  if (o.classes !== undefined && task !== 'multiclass') throw usageError('classesNeedMulticlass', task);
  return {
    file: o.data,
    x: o.x === undefined ? undefined : columns(o.x),
    y: o.y,
    task,
    classes: o.classes === undefined ? undefined : checkClassLabels('--classes', o.classes),
  };
}

/**
 * The CSV source a recipe records (a model file's, when training goes on from it with no data named): its file,
 * task, columns and class order, as the flags would give them.
 */
export function csvSourceOf(options: Readonly<Record<string, unknown>>): CsvSource {
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const x = text(options.x);
  const task = text(options.task) ?? 'regression';
  return {
    file: String(options.file),
    x: x === undefined ? undefined : columns(x),
    y: text(options.y),
    task: task as CsvSource['task'],
    classes: Array.isArray(options.classes) ? options.classes.map(String) : undefined,
  };
}

/** Parses `--speed <epochs-per-second|max>`. */
function parseSpeed(text: string): Speed {
  if (text === 'max') return 'max';
  return parseNumber('--speed', text, {
    min: 0,
    minExclusive: true,
    max: 1e9,
    hint: phrase(PHRASES, 'speedSuchAs', 500),
  });
}

/** Checks what does not need a file: flags that are not part of the recipe (`env` gives the locale). */
export function trainConfig(o: TrainCliOptions, env: NodeJS.ProcessEnv = process.env): TrainConfig {
  const { data, x, y, task, classes, init, save, speed, reportEvery, json, debug, logDir, runName, lang, ...flags } = o;
  const locale = chooseLocale(lang, env);
  const dir = logDirFrom(logDir);
  if (runName !== undefined && dir === null) {
    throw usageError('runNameNeedsLogDir', LOG_DIR_ENV, JSON.stringify(runName));
  }
  // --json trains as fast as it can (as --speed max) and prints each event as it is made: a pace would change nothing
  const pace = speed === undefined ? null : parseSpeed(speed);
  if (pace !== null && pace !== 'max' && json === true) {
    throw usageError('speedWithJson', speed!);
  }
  return {
    flags,
    csv: csvSource(o),
    init: init ?? null,
    save: save ?? null,
    speed: pace,
    reportEvery:
      reportEvery === undefined
        ? null
        : parseNumber('--report-every', reportEvery, { integer: true, min: 1, max: 1e9 }),
    json: json ?? false,
    debug: debug ?? false,
    logDir: dir,
    runName: runName === undefined ? null : checkRunName(runName),
    locale,
  };
}

/** The report interval a mode uses by default: every epoch when watched, ~1,000 events per run otherwise. */
export function defaultReportEvery(recipe: Recipe, watched: boolean): number {
  return watched ? 1 : Math.max(1, Math.floor(recipe.epochs / 1000));
}
