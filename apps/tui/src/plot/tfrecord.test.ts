import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crc32c, maskedCrc32c } from '../tfrecord/crc32c.js';
import { parseEventRecord } from './tf-event.js';
import { TfRecordSplitter } from './tfrecord.js';

const RUN = fileURLToPath(new URL('../../test-data/logs/tb/lr-0.1/', import.meta.url));
const FILE = readFileSync(`${RUN}${readdirSync(RUN)[0]}`);

/** The byte offsets where each record of a TFRecord file starts, read from its length fields. */
function recordStarts(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts: number[] = [];
  for (let at = 0; at < bytes.length; at += 16 + view.getUint32(at, true)) starts.push(at);
  return starts;
}

describe('crc32c', () => {
  it('gives the CRC-32C check value of "123456789" (0xE3069283)', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
  });

  it('masks as TFRecord does: the head of a real event file checks out', () => {
    const view = new DataView(FILE.buffer, FILE.byteOffset, FILE.byteLength);
    expect(maskedCrc32c(FILE.subarray(0, 8))).toBe(view.getUint32(8, true));
  });
});

describe('TfRecordSplitter', () => {
  it('gives the same records whether the bytes come whole or one at a time', () => {
    const whole = new TfRecordSplitter().push(FILE).records.length;
    const split = new TfRecordSplitter();
    let n = 0;
    for (let i = 0; i < FILE.length; i++) n += split.push(FILE.subarray(i, i + 1)).records.length;
    expect(n).toBe(whole);
    expect(whole).toBe(recordStarts(FILE).length);
    expect(split.pending).toBe(0);
  });

  it('gives the same records when every piece comes in one reused buffer, as a file is read', () => {
    const whole = new TfRecordSplitter().push(FILE).records.map((r) => Buffer.from(r).toString('hex'));
    // pieces of 100 bytes, so records and heads straddle them; each piece's records are used before the next read
    const reused = Buffer.alloc(100);
    const split = new TfRecordSplitter();
    const got: string[] = [];
    let corrupt = 0;
    for (let at = 0; at < FILE.length; at += reused.length) {
      const n = FILE.copy(reused, 0, at, at + reused.length);
      const batch = split.push(reused.subarray(0, n));
      corrupt += batch.corrupt;
      got.push(...batch.records.map((r) => Buffer.from(r).toString('hex')));
    }
    expect(corrupt).toBe(0);
    expect(got).toEqual(whole);
  });

  it('skips and counts a record whose data was damaged, and reads on after it', () => {
    const bytes = Uint8Array.from(FILE);
    const third = recordStarts(bytes)[2]!;
    bytes[third + 14] = bytes[third + 14]! ^ 0xff;
    const batch = new TfRecordSplitter().push(bytes);
    expect(batch.corrupt).toBe(1);
    expect(batch.records.length).toBe(recordStarts(FILE).length - 1);
  });

  it('finds the framing again after garbage in the middle, counting the stretch once', () => {
    const starts = recordStarts(FILE);
    const cut = starts[3]!;
    const garbage = new Uint8Array(40).fill(7);
    const bytes = new Uint8Array([...FILE.subarray(0, cut), ...garbage, ...FILE.subarray(cut)]);
    const batch = new TfRecordSplitter().push(bytes);
    expect(batch.corrupt).toBe(1);
    expect(batch.records.length).toBe(starts.length);
  });

  it('holds a record cut off at the end until the rest arrives', () => {
    const starts = recordStarts(FILE);
    const s = new TfRecordSplitter();
    expect(s.push(FILE.subarray(0, starts[1]! + 5)).records.length).toBe(1);
    expect(s.pending).toBe(5);
    expect(s.push(FILE.subarray(starts[1]! + 5, starts[2])).records.length).toBe(1);
  });
});

describe('parseEventRecord', () => {
  it('gives no scalars for the file-version event and counts bytes that are no Event as corrupt', () => {
    const first = new TfRecordSplitter().push(FILE).records[0]!;
    expect(parseEventRecord(first)).toEqual([]);
    expect(parseEventRecord(new Uint8Array([0x0a, 0xff, 0xff]))).toBe('corrupt');
  });
});
