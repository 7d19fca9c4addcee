import { Worker } from 'node:worker_threads';
import { type BadValueParts, type Phrase, parseNumber, phrase, type StepTrace } from '@neuronlab/core';
import { inputNames, type RunPlan } from '@neuronlab/lab';
import type { TrainCliOptions } from '../config.js';
import { EXIT, reportError } from '../errors.js';
import { PHRASES } from '../i18n/errors-en.js';
import { chooseLocale, type Locale } from '../i18n/locale.js';
import { errorWords, messagesFor } from '../i18n/messages.js';
import { type StepNames, stepText } from './step-text.js';

/** The options commander hands to `step`: the recipe and data flags and --init, plus the step's own, as raw text. */
export interface StepCliOptions extends Pick<TrainCliOptions, Exclude<keyof TrainCliOptions, StepLeavesOut>> {
  readonly at?: string;
  readonly sample?: string;
  readonly json?: boolean;
  readonly digits?: string;
  readonly debug?: boolean;
  readonly lang?: string;
}

/** The `train` flags that have no meaning for one step: it saves nothing, logs nothing and draws no dashboard. */
type StepLeavesOut = 'save' | 'speed' | 'reportEvery' | 'json' | 'logDir' | 'runName';

/** What the step thread is asked to do: plain data, copied to it by structuredClone. */
export interface StepRequest {
  /** The run, prepared as `train` prepares it: the data (a generator's or a CSV file's) and the initial model. */
  readonly plan: RunPlan;
  readonly at: number;
  readonly sample: number;
}

/** A checked `step` invocation. */
interface StepConfig extends StepRequest {
  readonly json: boolean;
  /** Significant digits, or null for exact (shortest round-trip) decimals. */
  readonly digits: number | null;
  /** The sample the user asked for, or null to show every sample of the neuron. */
  readonly only: number | null;
  /** The text's language: --lang, else the terminal's (the JSON document is English whatever it is). */
  readonly locale: Locale;
}

/** Checks the step's own flags and prepares the run as `train` does; throws RangeError/TypeError with one line. */
async function stepConfig(o: StepCliOptions): Promise<StepConfig> {
  const { at, sample, json, digits, debug: _debug, lang, ...runFlags } = o;
  const locale = chooseLocale(lang, process.env);
  // imported here, as train does: the run's preparation loads the CSV reader and the model files only when asked to
  const { prepareTrain } = await import('./prepare-train.js');
  const { plan } = await prepareTrain(runFlags);
  const epochs = plan.recipe.epochs;
  const atRule = { integer: true, min: 0, max: epochs - 1, hint: phrase(PHRASES, 'epochFromTo', epochs - 1) };
  const sampleRule = { integer: true, min: 0, max: 10_000_000, hint: phrase(PHRASES, 'rowSuchAs', 0) };
  const digitsRule = { integer: true, min: 1, max: 17, hint: phrase(PHRASES, 'digitsSuchAs', 17, 6) };
  const only = sample === undefined ? null : parseNumber('--sample', sample, sampleRule);
  return {
    plan,
    at: at === undefined ? 0 : parseNumber('--at', at, atRule),
    sample: only ?? 0,
    only,
    json: json === true,
    locale,
    digits: digits === undefined ? null : parseNumber('--digits', digits, digitsRule),
  };
}

/**
 * The thread's answer: the step, or its error's line and the parts an error table words: a bad value's, or the
 * sentence its message is.
 */
export type StepAnswer =
  | { ok: true; step: StepTrace }
  | { ok: false; message: string; badValue: BadValueParts | undefined; phrase: Phrase | undefined };

/** The thread's error on this side: its line, and its parts where core's badValueOf and phraseOf look for them. */
function threadError(a: Extract<StepAnswer, { ok: false }>): RangeError {
  const error = new RangeError(a.message);
  if (a.badValue !== undefined) Object.defineProperty(error, 'badValue', { value: a.badValue });
  if (a.phrase !== undefined) Object.defineProperty(error, 'phrase', { value: a.phrase });
  return error;
}

/** Runs traceStep in step-worker.ts; rejects with the worker's error (a bad sample, a run that ended early). */
function stepInThread(request: StepRequest): Promise<StepTrace> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./step-worker.js', import.meta.url), { workerData: request });
    worker.once('message', (a: StepAnswer) => (a.ok ? resolve(a.step) : reject(threadError(a))));
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('step: the training thread stopped without an answer.')));
  });
}

/**
 * What the step's lines call the run's inputs (inputNames), how they are normalized, and a multiclass run's classes
 * in output order (its CSV labels, or class0, class1, …).
 */
function stepNames(plan: RunPlan): StepNames {
  const classes = plan.dataset.task === 'multiclass' ? plan.dataset.targetNames : null;
  return { inputs: inputNames(plan), normalize: plan.recipe.normalize, classes };
}

/**
 * `neuronlab step`: trains the recipe for `--at` epochs exactly as `train` does, then prints the next epoch's last
 * step with every number, in the words of --lang or the terminal (or, with --json, the same numbers as one JSON
 * document).
 */
export async function stepCommand(options: StepCliOptions): Promise<number> {
  const debug = options.debug ?? false;
  let cfg: StepConfig;
  let step: StepTrace;
  try {
    cfg = await stepConfig(options);
    step = await stepInThread({ plan: cfg.plan, at: cfg.at, sample: cfg.sample });
  } catch (error) {
    return reportError('neuronlab step', error, debug, EXIT.usage, errorWords(options.lang, options.json === true));
  }
  const out = cfg.json
    ? `${JSON.stringify({ recipe: cfg.plan.recipe, step })}\n`
    : stepText(step, cfg.digits, cfg.only, messagesFor(cfg.locale).step, stepNames(cfg.plan));
  process.stdout.write(out);
  return EXIT.ok;
}
