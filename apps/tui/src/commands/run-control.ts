import type { LiveRun } from '@neuronlab/lab';
import { saveModel } from '../io/model-io.js';
import { routeSignals } from '../signals.js';

/** How a run was asked to end early. */
export type StopKind = 'none' | 'quit' | 'interrupt';

/**
 * The run's stop switch and save action, shared by every output mode. Ctrl-C and SIGTERM abort training at the next
 * epoch boundary; the mode then saves (if --save) and exits with 130.
 */
export class RunControl {
  readonly abort = new AbortController();
  stop: StopKind = 'none';
  savedTo: string | null = null;
  private readonly onSignal = () => this.request('interrupt');

  constructor(
    private readonly run: LiveRun,
    private readonly savePath: string | null,
  ) {}

  /** Takes SIGINT and SIGTERM: from now on they stop the run instead of exiting at once. */
  install(): this {
    routeSignals(this.onSignal);
    return this;
  }

  /** Asks training to stop; an interrupt wins over a quit. */
  request(kind: 'quit' | 'interrupt'): void {
    if (this.stop !== 'interrupt') this.stop = kind;
    this.abort.abort();
  }

  /** Saves the model to `path` (default: the --save path) atomically; returns where, or null with no path. */
  save(path = this.savePath): string | null {
    if (path === null) return null;
    saveModel(path, this.run.model, this.run.plan.normalization, this.run.plan.recipe);
    this.savedTo = path;
    return path;
  }

  /** The exit code for a run that ended without a training error. */
  exitCode(): number {
    return this.stop === 'interrupt' ? 130 : 0;
  }
}
