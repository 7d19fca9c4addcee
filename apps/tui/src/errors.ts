import { ModelFileError, ShapeError, visible } from '@neuronlab/core';
import { CsvError } from '@neuronlab/data';
import { wordError } from '@neuronlab/lab';
import { noColorRequested } from './color.js';
import { en, type Messages } from './i18n/messages-en.js';

type Errors = Messages['errors'];

/** Exit codes: 0 ok, 1 training failed (divergence), 2 bad usage or input, 130 interrupted. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/** An error whose line is a sentence of the errors table: `message` in English, `words` in any table's. */
export class WordedError extends Error {
  override name = 'WordedError';
  constructor(
    message: string,
    /** The same line in a message table's words, when the error has a sentence there. */
    readonly words?: (t: Errors) => string,
  ) {
    super(message);
  }
}

/** A problem with what the user asked for (a flag, a file): reported as one line, exit code 2. */
export class UsageError extends WordedError {
  override name = 'UsageError';
}

/** The keys of the errors table whose value is a sentence: a function of what it places, giving the line. */
type SentenceKey = { [K in keyof Errors]: Errors[K] extends (...values: never) => string ? K : never }[keyof Errors];

/**
 * The UsageError whose line is the errors table's sentence `key` with `values`: its message is the English, and it is
 * worded by whichever table reports it.
 */
export function usageError<K extends SentenceKey>(key: K, ...values: Parameters<Errors[K]>): UsageError {
  const words = (t: Errors) => (t[key] as (...v: Parameters<Errors[K]>) => string)(...values);
  return new UsageError(words(en.errors), words);
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
 * An error's message in the words of a message table, from the parts errors carry (never from their English): a
 * UsageError's own sentence, else as lab words errors (a bad value's frame, a phrase book's sentence) with the CLI's
 * table, or else the message as it is.
 */
export function errorText(error: unknown, t: Errors): string {
  if (error instanceof WordedError && error.words) return error.words(t);
  return wordError(error, t);
}

/**
 * The one line printed for an error: red when `color`, plain otherwise, in the words of `t` when given. The message
 * is untrusted (it quotes file names, headers, values), so control characters are made visible and the line is
 * capped at MAX_ERROR_LINE.
 */
function errorLine(command: string, error: unknown, color: boolean, t?: Errors): string {
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
  t?: Errors,
): number {
  process.stderr.write(`${errorLine(command, error, colorEnabled(), t)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return code;
}
