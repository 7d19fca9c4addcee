import { maskedCrc32c } from '../tfrecord/crc32c.js';

/** Bytes of a record's head: the data length (uint64, little-endian) and the masked CRC-32C of those 8 bytes. */
const HEAD = 12;
/** Bytes after the data: the masked CRC-32C of the data. */
const FOOT = 4;
/** Longest record accepted; a longer length in a head whose CRC matches is taken as corruption. */
const MAX_RECORD = 64 << 20;

/** What came out of a TFRecord stream so far: whole records, and how many stretches of bytes were corrupt. */
export interface TfRecordBatch {
  readonly records: Uint8Array[];
  readonly corrupt: number;
}

/**
 * Splits a growing byte stream into TFRecord records (the framing of TensorBoard's event files: length, masked CRC of
 * the length, data, masked CRC of the data). Bytes come in any chunks; a record cut off at the end waits for the
 * rest. A record whose data CRC fails is skipped and counted; a head whose CRC fails means the framing is lost, so the
 * splitter moves on one byte at a time until a head checks out again, counting the stretch once.
 */
export class TfRecordSplitter {
  private buffer: Uint8Array = new Uint8Array(0);
  private lost = false;

  /** Bytes held back: the start of a record that has not fully arrived. */
  get pending(): number {
    return this.buffer.length;
  }

  /**
   * Adds bytes and returns the whole records they complete. The caller may reuse `bytes` once this returns; the
   * records are views into them, to be read before then.
   */
  push(bytes: Uint8Array): TfRecordBatch {
    this.buffer = this.buffer.length === 0 ? bytes : concat(this.buffer, bytes);
    const records: Uint8Array[] = [];
    let corrupt = 0;
    let at = 0;
    const buf = this.buffer;
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    while (buf.length - at >= HEAD) {
      const low = view.getUint32(at, true);
      const high = view.getUint32(at + 4, true);
      const headOk = maskedCrc32c(buf.subarray(at, at + 8)) === view.getUint32(at + 8, true);
      if (!headOk || high !== 0 || low > MAX_RECORD) {
        if (!this.lost) corrupt++;
        this.lost = true;
        at++;
        continue;
      }
      if (buf.length - at < HEAD + low + FOOT) break;
      this.lost = false;
      const data = buf.subarray(at + HEAD, at + HEAD + low);
      if (maskedCrc32c(data) === view.getUint32(at + HEAD + low, true)) records.push(data);
      else corrupt++;
      at += HEAD + low + FOOT;
    }
    // a copy: the caller may reuse `bytes` for its next read, and a Node Buffer's slice is a view, not a copy
    this.buffer = new Uint8Array(buf.subarray(at));
    return { records, corrupt };
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
