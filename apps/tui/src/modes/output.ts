import type { Writable } from 'node:stream';

/** Buffers text for a stream and writes it in large chunks, waiting when the reader is slow (a pipe). */
export class ChunkedWriter {
  private buffer = '';

  constructor(
    private readonly stream: Writable,
    private readonly chunk = 1 << 16,
  ) {}

  /** Adds a line; flushes when the buffer is full. */
  async line(text: string): Promise<void> {
    this.buffer += `${text}\n`;
    if (this.buffer.length >= this.chunk) await this.flush();
  }

  /** Writes whatever is buffered. */
  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    if (!this.stream.write(text)) await new Promise<void>((r) => this.stream.once('drain', () => r()));
  }
}
