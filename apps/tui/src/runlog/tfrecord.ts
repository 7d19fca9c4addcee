/**
 * TFRecord framing, the container of TensorBoard event files: each record is
 * `uint64 length · uint32 masked_crc32c(length) · data · uint32 masked_crc32c(data)`, little-endian.
 */
import { maskedCrc32c } from '../tfrecord/crc32c.js';

/** One record, framed: ready to append to a TFRecord file. */
export function tfRecord(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length + 4);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(data.length), true);
  view.setUint32(8, maskedCrc32c(out.subarray(0, 8)), true);
  out.set(data, 12);
  view.setUint32(12 + data.length, maskedCrc32c(data), true);
  return out;
}
