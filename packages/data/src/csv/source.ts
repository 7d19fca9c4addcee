import type { RowGate } from './row-gate.js';

/** A piece of CSV input: text, or UTF-8 bytes (split anywhere, even inside a character). */
export type CsvChunk = string | Uint8Array;

/** The part of a WHATWG ReadableStream the reader uses (`file.stream()`, `response.body`). */
export interface ReadableStreamLike<T> {
  getReader(): {
    read(): Promise<{ done: boolean; value?: T }>;
    cancel(reason?: unknown): Promise<void>;
    releaseLock(): void;
  };
}

/** Anything CSV can arrive through: one chunk, an (async) iterable of chunks, or a ReadableStream. */
export type CsvSource = CsvChunk | Iterable<CsvChunk> | AsyncIterable<CsvChunk> | ReadableStreamLike<CsvChunk>;

interface Utf8Decoder {
  decode(bytes?: Uint8Array, options?: { stream: boolean }): string;
}

type Listener = (value?: unknown) => void;

/**
 * Presents a CsvSource as the minimal readable-stream object papaparse accepts (readable, read, on,
 * removeListener). Chunks are pulled one at a time; papaparse parses each synchronously inside its 'data'
 * handler, so the next chunk is only requested once the previous one is fully turned into numbers.
 */
export function toPapaStream(source: CsvSource, gate: RowGate, shouldStop: () => boolean) {
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, value?: unknown) => {
    for (const fn of [...(listeners.get(event) ?? [])]) fn(value);
  };
  let stopped = false;
  const halted = () => stopped || shouldStop();
  return {
    readable: true as const,
    read: () => null,
    pause: () => undefined,
    resume: () => undefined,
    on(event: string, fn: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(fn);
      return this;
    },
    removeListener(event: string, fn: Listener) {
      listeners.get(event)?.delete(fn);
      return this;
    },
    /** Stops pulling chunks (after the input is done or a row failed). */
    stop() {
      stopped = true;
    },
    /** Starts pulling chunks; a failing source is reported through papaparse's error callback. */
    start(onError: (e: unknown) => void) {
      pump(source, gate, halted, (text) => emit('data', text)).then(
        (complete) => complete && emit('end'),
        (e) => (halted() ? undefined : onError(e)),
      );
    },
  };
}

/**
 * Feeds decoded text to `push` in whole rows (see RowGate); resolves true when the input ended, false when stopped
 * early. Papaparse guesses the line ending from the first text it gets, which therefore holds a whole row.
 */
async function pump(
  source: CsvSource,
  gate: RowGate,
  halted: () => boolean,
  push: (text: string) => void,
): Promise<boolean> {
  const decoder = makeDecoder();
  let first = true;
  const forward = (text: string) => {
    if (text.length === 0) return;
    // a byte-order mark is not data; strip it so the first header name is clean
    const clean = first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    first = false;
    if (clean.length > 0) push(clean);
  };
  for await (const chunk of chunksOf(source)) {
    if (halted()) return false;
    forward(gate.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })));
  }
  if (halted()) return false;
  forward(gate.push(decoder.decode()));
  forward(gate.end());
  return true;
}

async function* chunksOf(source: CsvSource): AsyncGenerator<CsvChunk> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    yield source;
  } else if (typeof (source as ReadableStreamLike<CsvChunk>).getReader === 'function') {
    const reader = (source as ReadableStreamLike<CsvChunk>).getReader();
    let done = false;
    try {
      for (;;) {
        const next = await reader.read();
        if (next.done) break;
        if (next.value !== undefined) yield next.value;
      }
      done = true;
    } finally {
      // stopping early (a bad row) cancels the stream so a network or file read ends too
      if (!done) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  } else {
    yield* source as AsyncIterable<CsvChunk> | Iterable<CsvChunk>;
  }
}

function makeDecoder(): Utf8Decoder {
  // TextDecoder is a global in browsers and Node ≥ 11; declared here so the package needs no DOM typings
  const Decoder = (globalThis as unknown as { TextDecoder: new (label: string) => Utf8Decoder }).TextDecoder;
  return new Decoder('utf-8');
}
