import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ChunkedWriter, dropCursorRestoreUnlessTty } from './output.js';

describe('ChunkedWriter', () => {
  it('stops waiting for a drain once the stream fails, and drops later lines', async () => {
    // a reader that never reads: the first large write fills the buffer and write() returns false
    const stream = new Writable({ highWaterMark: 16, write: () => undefined });
    stream.on('error', () => undefined);
    const out = new ChunkedWriter(stream, 8);
    const flushed = out.line('x'.repeat(64));
    stream.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    await flushed;
    expect(out.closed).toBe(true);
    await out.line('after the reader left');
    await out.flush();
  });

  it('writes every line in order while the stream is open', async () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (d) => {
      text += d;
    });
    const out = new ChunkedWriter(stream, 4);
    for (const l of ['a', 'bb', 'ccc']) await out.line(l);
    await out.flush();
    expect(text).toBe('a\nbb\nccc\n');
  });
});

describe('dropCursorRestoreUnlessTty', () => {
  function capture(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
    const written: string[] = [];
    const stream = { isTTY, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
    return { stream, written };
  }

  it('keeps the show-cursor sequence out of a stream that is no terminal, and everything else in', () => {
    const { stream, written } = capture(false);
    dropCursorRestoreUnlessTty(stream);
    stream.write('\u001b[?25h');
    stream.write('neuronlab train: a line\n');
    expect(written).toEqual(['neuronlab train: a line\n']);
  });

  it('leaves a terminal alone', () => {
    const { stream, written } = capture(true);
    dropCursorRestoreUnlessTty(stream);
    stream.write('\u001b[?25h');
    expect(written).toEqual(['\u001b[?25h']);
  });
});
