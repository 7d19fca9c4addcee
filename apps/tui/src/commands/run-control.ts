import type { Trainable, TrainEvent } from '@neuronlab/core';
import type { TrainConfig } from '../config.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { InputFile } from '../io/output-path.js';
import { checkOutputPath } from '../io/output-path.js';
import { onStdoutFailure } from '../modes/output.js';
import type { RunLog } from '../runlog/run-log.js';
import type { ModelOwner } from '../session/worker-events.js';
import type { StopSignal } from '../signals.js';
import { routeSignals, signalExitCode } from '../signals.js';

/** The files a `train` run reads, which its saves must never overwrite. */
export function trainInputs(cfg: Pick<TrainConfig, 'csv' | 'init'>): InputFile[] {
  return [
    { flag: '--data', path: cfg.csv?.file },
    { flag: '--init', path: cfg.init },
  ];
}

/** How a run was asked to end early. */
export type StopKind = 'none' | 'quit' | 'interrupt';

/** A save that was refused because the model holds nothing worth keeping (a diverged or non-finite model). */
export class SaveRefused extends Error {
  override name = 'SaveRefused';
}

const FAILED = 'the run failed, so its parameters are not a trained model';

/**
 * Why `model` may not be saved, or null when it may: the run ended in an error (divergence), or some parameter is
 * NaN or ±Infinity. The one rule every save path asks (the dashboard's s, the final save, the save on a signal):
 * the run's failure here, the parameters where the model lives (the training thread).
 */
export function whyNotSaveable(model: Trainable, failure: string | null): string | null {
  if (failure !== null) return FAILED;
  for (const p of model.params()) {
    const i = p.value.findIndex((v) => !Number.isFinite(v));
    if (i >= 0) return `parameter ${p.name}[${i}] is ${p.value[i]}`;
  }
  return null;
}

/**
 * The run's stop switch and save action, shared by every output mode. SIGINT and SIGTERM abort training at the next
 * epoch boundary; the mode then saves (if --save) and exits with 130 or 143. A stdout that fails (a closed pipe, a
 * full disk) stops the run the same way, as a quit.
 */
export class RunControl {
  readonly abort = new AbortController();
  stop: StopKind = 'none';
  /** The signal that interrupted the run (Ctrl-C in the dashboard counts as SIGINT). */
  signal: StopSignal = 'SIGINT';
  savedTo: string | null = null;
  /** Where the last save went: the --save path (or the s key's), else the log's model.json. */
  lastSaved: string | null = null;
  /** The run's error message once it failed; no save happens after that. */
  failure: string | null = null;
  /** The run's log directory (--log-dir): it records every event, and every save writes its model.json too. */
  log: RunLog | null = null;
  private readonly onSignal = (signal: StopSignal) => this.request('interrupt', signal);
  /** Records an event of the run in its log, if it has one (called as each event is taken from the thread). */
  readonly record = (e: TrainEvent): void => this.log?.event(e);

  constructor(
    /** The --save path, or null. */
    readonly savePath: string | null,
    private readonly inputs: readonly InputFile[] = [],
  ) {}

  /** Takes SIGINT and SIGTERM (and stdout failures): from now on they stop the run instead of exiting at once. */
  install(): this {
    routeSignals(this.onSignal);
    onStdoutFailure(() => this.request('quit'));
    return this;
  }

  /** Asks training to stop; an interrupt wins over a quit. */
  request(kind: 'quit' | 'interrupt', signal: StopSignal = 'SIGINT'): void {
    if (kind === 'interrupt' && this.stop !== 'interrupt') this.signal = signal;
    if (this.stop !== 'interrupt') this.stop = kind;
    this.abort.abort();
  }

  /** Records that the run failed (diverged): every later save is refused. */
  fail(message: string): void {
    this.failure ??= message;
  }

  /**
   * Saves the model `owner` holds to `path` (default: the --save path) atomically, and to the log's model.json;
   * returns where (`path` first), or null with neither. The owner answers with the model at the last event it sent, so a caller that wants the epoch on screen
   * settles first. Throws SaveRefused for a model that may not be saved, a UsageError for a path that became unusable.
   */
  async save(owner: ModelOwner, path = this.savePath): Promise<string | null> {
    const logPath = this.log?.modelPath ?? null;
    if (path === null && logPath === null) return null;
    const shown = path ?? logPath;
    const refuse = (why: string) => new SaveRefused(`not saved to ${JSON.stringify(shown)}: ${why}.`);
    // a log keeps a model only when there is one worth keeping; only an explicit --save or s is told otherwise
    if (this.failure !== null) {
      if (path === null) return null;
      throw refuse(FAILED);
    }
    const model = await owner.modelFile();
    // the run may have failed while the owner answered
    if (this.failure !== null || 'refusal' in model) {
      if (path === null) return null;
      throw refuse(this.failure !== null ? FAILED : (model as { refusal: string }).refusal);
    }
    if (path !== null) {
      checkOutputPath('--save', path, this.inputs);
      writeFileAtomic(path, model.text, '--save');
      this.savedTo = path;
    }
    if (logPath !== null) writeFileAtomic(logPath, model.text, '--log-dir');
    this.lastSaved = shown;
    return shown;
  }

  /** The exit code for a run that ended without a training error: 0, or 128 + the signal's number. */
  exitCode(): number {
    return this.stop === 'interrupt' ? signalExitCode(this.signal) : 0;
  }
}
