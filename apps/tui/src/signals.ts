/**
 * One owner for SIGINT and SIGTERM for the whole life of the process. Until a run takes over, a signal exits at once
 * with 128 + its number (130, 143); temporary files are removed on that way out too (see io/atomic-write.ts). Handlers
 * are never removed, so no window exists in which a signal falls through to Node's default and kills the process
 * without our exit code.
 */

/** The signals a run stops on. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

/** The shell's exit status for a process ended by `signal`: 128 + its number. */
export function signalExitCode(signal: StopSignal): number {
  return signal === 'SIGINT' ? 130 : 143;
}

let current: ((signal: StopSignal) => void) | null = null;

function onSignal(signal: StopSignal): void {
  if (current) current(signal);
  else process.exit(signalExitCode(signal));
}

/** Installs the process-wide handlers; call first thing. */
export function installSignalHandlers(): void {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** Routes signals to `handler` (a run's stop switch) instead of exiting; null routes them back to exiting. */
export function routeSignals(handler: ((signal: StopSignal) => void) | null): void {
  current = handler;
}
