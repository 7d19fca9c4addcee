import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { TensorBoardWriter } from './tensorboard-writer.js';

// An independent reader: the TFRecord frames are split with a DataView, checked with a bit-by-bit CRC32C (not the
// writer's table-driven library), and each Event is decoded field number by field number with protobufjs's low-level
// Reader, not with the message types the writer encodes with.

/** CRC32C (Castagnoli, reflected polynomial 0x82f63b78), one bit at a time. */
function crc32cBitwise(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function masked(crc: number): number {
  return (((crc >>> 15) | (crc << 17)) + 0xa282ead8) >>> 0;
}

/** The records of a TFRecord file; throws on a bad length or data CRC. */
function records(file: Uint8Array): Uint8Array[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const out: Uint8Array[] = [];
  let at = 0;
  while (at < file.length) {
    const length = Number(view.getBigUint64(at, true));
    if (view.getUint32(at + 8, true) !== masked(crc32cBitwise(file.subarray(at, at + 8))))
      throw new Error('length crc');
    const data = file.subarray(at + 12, at + 12 + length);
    if (view.getUint32(at + 12 + length, true) !== masked(crc32cBitwise(data))) throw new Error('data crc');
    out.push(data);
    at += 16 + length;
  }
  return out;
}

interface DecodedEvent {
  wallTime?: number;
  step?: number;
  fileVersion?: string;
  values: Array<{ tag?: string; value?: number }>;
}

/** tensorflow.Summary.Value: tag = 1 (string), simple_value = 2 (float). */
function decodeValue(bytes: Uint8Array): { tag?: string; value?: number } {
  const r = protobuf.Reader.create(bytes);
  const v: { tag?: string; value?: number } = {};
  while (r.pos < r.len) {
    const key = r.uint32();
    if (key >>> 3 === 1) v.tag = r.string();
    else if (key >>> 3 === 2) v.value = r.float();
    else r.skipType(key & 7);
  }
  return v;
}

/** tensorflow.Event: wall_time = 1 (double), step = 2 (int64), file_version = 3, summary = 5 (Summary.value = 1). */
function decodeEvent(bytes: Uint8Array): DecodedEvent {
  const r = protobuf.Reader.create(bytes);
  const e: DecodedEvent = { values: [] };
  while (r.pos < r.len) {
    const key = r.uint32();
    const field = key >>> 3;
    if (field === 1) e.wallTime = r.double();
    else if (field === 2) e.step = Number(r.int64());
    else if (field === 3) e.fileVersion = r.string();
    else if (field === 5) {
      const summary = protobuf.Reader.create(r.bytes());
      while (summary.pos < summary.len) {
        const k = summary.uint32();
        if (k >>> 3 === 1) e.values.push(decodeValue(summary.bytes()));
        else summary.skipType(k & 7);
      }
    } else r.skipType(key & 7);
  }
  return e;
}

describe('TensorBoardWriter', () => {
  it('writes an event file that an independent reader decodes: version first, then the scalars at their steps', () => {
    const dir = mkdtempSync(join(tmpdir(), 'neuronlab-tb-'));
    let clock = 1_700_000_000_000;
    const w = new TensorBoardWriter(dir, () => clock);
    clock += 1500;
    w.scalars(1, { loss: 2.5, val_loss: 3.25 });
    w.scalars(2, { loss: 0.1 });
    w.close();
    const [name] = readdirSync(dir);
    expect(name).toMatch(/^events\.out\.tfevents\.1700000000\./);
    const events = records(new Uint8Array(readFileSync(join(dir, name!)))).map(decodeEvent);
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ wallTime: 1_700_000_000, fileVersion: 'brain.Event:2' });
    expect(events[1]).toMatchObject({ wallTime: 1_700_000_001.5, step: 1 });
    // 2.5 and 3.25 are exact in 32-bit floats; 0.1 is stored as float32, so compare with float32 rounding
    expect(events[1]!.values).toEqual([
      { tag: 'loss', value: 2.5 },
      { tag: 'val_loss', value: 3.25 },
    ]);
    expect(events[2]!.step).toBe(2);
    expect(events[2]!.values).toEqual([{ tag: 'loss', value: Math.fround(0.1) }]);
  });

  it('lets the reader notice a flipped byte through the data CRC', () => {
    const dir = mkdtempSync(join(tmpdir(), 'neuronlab-tb-'));
    const w = new TensorBoardWriter(dir, () => 0);
    w.scalars(7, { loss: 1 });
    w.close();
    const bytes = new Uint8Array(readFileSync(join(dir, readdirSync(dir)[0]!)));
    bytes[bytes.length - 6]! ^= 0xff;
    expect(() => records(bytes)).toThrow('data crc');
  });
});
