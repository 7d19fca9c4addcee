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

/** Longest first line held back for line-ending detection; beyond it papaparse guesses from what it has. */
const MAX_HEAD = 1 << 20;

/**
 * Presents a CsvSource as the minimal readable-stream object papaparse accepts (readable, read, on,
 * removeListener). Chunks are pulled one at a time; papaparse parses each synchronously inside its 'data'
 * handler, so the next chunk is only requested once the previous one is fully turned into numbers.
 */
export function toPapaStream(source: CsvSource, shouldStop: () => boolean) {
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
      pump(source, halted, (text) => emit('data', text)).then(
        (complete) => complete && emit('end'),
        (e) => (halted() ? undefined : onError(e)),
      );
    },
  };
}

/** Feeds decoded text to `push`; resolves true when the input ended, false when stopped early. */
async function pump(source: CsvSource, halted: () => boolean, push: (text: string) => void): Promise<boolean> {
  const decoder = makeDecoder();
  // papaparse guesses the line ending (\n, \r\n or \r) from its first chunk, so hold text back until that
  // chunk shows a complete line break (a lone \r at the end might still be half of \r\n)
  let head: string | null = '';
  const forward = (text: string, last: boolean) => {
    if (head === null) {
      if (text.length > 0) push(text);
      return;
    }
    head += text;
    if (last || /\n|\r(?!$)/.test(head) || head.length > MAX_HEAD) {
      // a byte-order mark is not data; strip it so the first header name is clean
      const clean = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
      head = null;
      if (clean.length > 0) push(clean);
    }
  };
  for await (const chunk of chunksOf(source)) {
    if (halted()) return false;
    forward(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }), false);
  }
  if (halted()) return false;
  forward(decoder.decode(), true);
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
