/**
 * One owner for SIGINT and SIGTERM for the whole life of the process. Until a run takes over, a signal exits at once
 * with 130 (nothing has been written yet). Handlers are never removed, so no window exists in which a signal falls
 * through to Node's default and kills the process without our exit code.
 */
let current: (() => void) | null = null;

function onSignal(): void {
  if (current) current();
  else process.exit(130);
}

/** Installs the process-wide handlers; call first thing. */
export function installSignalHandlers(): void {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** Routes signals to `handler` (a run's stop switch) instead of exiting. */
export function routeSignals(handler: (() => void) | null): void {
  current = handler;
}
