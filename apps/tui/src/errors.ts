import { ModelFileError, ShapeError } from '@neuronlab/core';
import { CsvError } from '@neuronlab/data';

/** Exit codes: 0 ok, 1 training failed (divergence), 2 bad usage or input, 130 interrupted. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/** A problem with what the user asked for (a flag, a file): reported as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Whether an error describes bad input rather than a bug: flags, files, data shapes. */
export function isUsageError(error: unknown): boolean {
  return (
    error instanceof UsageError ||
    error instanceof RangeError ||
    error instanceof TypeError ||
    error instanceof ModelFileError ||
    error instanceof ShapeError ||
    error instanceof CsvError ||
    (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('E'))
  );
}

const RED = '\u001b[31m';
const RESET = '\u001b[39m';

/** The one line printed for an error: red when stderr is a terminal, plain otherwise. */
export function errorLine(command: string, error: unknown, color: boolean): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = `${command}: ${text.split('\n')[0]}`;
  return color ? `${RED}${line}${RESET}` : line;
}

/** Prints an error (with its stack only under --debug) and returns the exit code it calls for. */
export function reportError(command: string, error: unknown, debug: boolean): number {
  const color = process.stderr.isTTY === true && !process.env.NO_COLOR;
  process.stderr.write(`${errorLine(command, error, color)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return isUsageError(error) ? EXIT.usage : EXIT.failed;
}
