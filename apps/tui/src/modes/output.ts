import type { Writable } from 'node:stream';

/**
 * What went wrong writing to stdout, once something did. Convention: a closed stdout (EPIPE, `| head -1`) is the
 * reader's choice to stop, so the run ends quietly with its own exit code (0 when nothing else went wrong); any other
 * failure (ENOSPC, EIO) is one line on stderr and exit 1. A requested --save happens in both cases.
 */
let failure: NodeJS.ErrnoException | null = null;
const listeners = new Set<() => void>();

/** Takes errors of stdout and stderr, which would otherwise end the process with an unhandled 'error' stack. */
export function guardStdio(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (failure !== null) return;
    failure = error;
    for (const fn of listeners) fn();
  });
  // nowhere is left to report a failing stderr; the exit code still tells
  process.stderr.on('error', () => undefined);
}

/** Calls `fn` once stdout has failed (at once if it already has). */
export function onStdoutFailure(fn: () => void): void {
  if (failure !== null) fn();
  else listeners.add(fn);
}

/** The exit code once all output is written: `code`, or 1 with one line on stderr when stdout failed but not closed. */
export function outputExitCode(code: number): number {
  // the stream knows its error before its 'error' event is emitted, and a write's callback may come in between
  failure ??= process.stdout.errored as NodeJS.ErrnoException | null;
  if (failure === null || failure.code === 'EPIPE') return code;
  const why = (failure.message ?? '').replace(/^[A-Z0-9]+: /, '').replace(/,.*$/, '');
  process.stderr.write(`neuronlab: cannot write to stdout: ${why} (${failure.code ?? 'error'}).\n`);
  return code === 0 ? 1 : code;
}

/**
 * Buffers text for a stream and writes it in large chunks, waiting when the reader is slow (a pipe). Once the stream
 * has failed or closed, writes are dropped instead of waiting for a 'drain' that never comes.
 */
export class ChunkedWriter {
  private buffer = '';
  private failed = false;

  constructor(
    private readonly stream: Writable,
    private readonly chunk = 1 << 16,
  ) {
    // process.stdout on a pipe is never destroyed and its `errored` does not stay set after an EPIPE: each later
    // write fails again, so only the error event says for sure that the reader has gone
    stream.once('error', () => {
      this.failed = true;
    });
  }

  /** True once the stream can take nothing more (closed by the reader, or failed). */
  get closed(): boolean {
    return this.failed || this.stream.destroyed || this.stream.errored !== null;
  }

  /** Adds a line; flushes when the buffer is full. */
  async line(text: string): Promise<void> {
    if (this.closed) return;
    this.buffer += `${text}\n`;
    if (this.buffer.length >= this.chunk) await this.flush();
  }

  /** Writes whatever is buffered. */
  async flush(): Promise<void> {
    if (this.buffer === '' || this.closed) return;
    const text = this.buffer;
    this.buffer = '';
    if (this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done).off('error', done).off('close', done);
        resolve();
      };
      this.stream.on('drain', done).on('error', done).on('close', done);
    });
  }
}

/** The sequence that shows the terminal's cursor again. */
const SHOW_CURSOR = '\u001b[?25h';

/**
 * Keeps terminal control sequences out of a stderr that is no terminal (a log file). Ink hides the cursor through
 * cli-cursor, whose restore-cursor writes the show-cursor sequence to stderr on exit whatever stderr is; this drops
 * exactly that write. The dashboard shows the cursor itself on stdout, which is the terminal.
 */
export function dropCursorRestoreUnlessTty(stream: NodeJS.WriteStream = process.stderr): void {
  if (stream.isTTY) return;
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) =>
    chunk === SHOW_CURSOR ? true : write(chunk, ...rest)) as typeof stream.write;
}
