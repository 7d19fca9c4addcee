import { badValueOf, ModelFileError, ShapeError, visible } from '@neuronlab/core';
import { CsvError } from '@neuronlab/data';
import { noColorRequested } from './color.js';
import type { Messages } from './i18n/messages-en.js';

/** Exit codes: 0 ok, 1 training failed (divergence), 2 bad usage or input, 130 interrupted. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/** A problem with what the user asked for (a flag, a file): reported as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    /** The same line in a message table's words, when the error has a sentence there. */
    readonly words?: (t: Messages['errors']) => string,
  ) {
    super(message);
  }
}

/** Whether an error describes bad input rather than a bug: flags, files, data shapes. */
function isUsageError(error: unknown): boolean {
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

/**
 * Longest error line, in characters. Messages quote 80-character excerpts of input; this bounds the rest (a long
 * path, a list of columns), so no error can echo a whole file.
 */
const MAX_ERROR_LINE = 1000;

/** Whether output to `stream` may be coloured: a terminal, and no NO_COLOR (https://no-color.org) set. */
export function colorEnabled(stream: { isTTY?: boolean } = process.stderr): boolean {
  return stream.isTTY === true && !noColorRequested();
}

/**
 * An error's message in the words of a message table: a UsageError's own sentence, a bad value's framing (from the
 * parts core's checks attach: the label, the value and the hint as they were written), or the message as it is.
 */
export function errorText(error: unknown, t: Messages['errors']): string {
  if (error instanceof UsageError && error.words) return error.words(t);
  const parts = badValueOf(error);
  if (parts) return t.mustBe(parts.label, t.expected(parts.expected), parts.shown, parts.hint);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The one line printed for an error: red when `color`, plain otherwise, in the words of `t` when given. The message
 * is untrusted (it quotes file names, headers, values), so control characters are made visible and the line is
 * capped at MAX_ERROR_LINE.
 */
function errorLine(command: string, error: unknown, color: boolean, t?: Messages['errors']): string {
  const text = t ? errorText(error, t) : error instanceof Error ? error.message : String(error);
  const first = text.split('\n')[0]!;
  const capped = first.length > MAX_ERROR_LINE ? `${first.slice(0, MAX_ERROR_LINE)}…` : first;
  const line = `${command}: ${visible(capped)}`;
  return color ? `${RED}${line}${RESET}` : line;
}

/**
 * Prints an error (with its stack only under --debug) and returns the exit code to end with: `code` when the caller
 * knows it (a failure once training runs is exit 1 whatever its kind), otherwise 2 for bad input and 1 for the rest.
 * With `t`, the line is worded by that message table (see errorText); without, as the error says it.
 */
export function reportError(
  command: string,
  error: unknown,
  debug: boolean,
  code: number = isUsageError(error) ? EXIT.usage : EXIT.failed,
  t?: Messages['errors'],
): number {
  process.stderr.write(`${errorLine(command, error, colorEnabled(), t)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return code;
}
