/**
 * TensorBoard's event records a run log writes: `tensorflow.Event` (tensorflow/core/util/event.proto) holding a
 * file version or scalar `Summary` values, encoded by protobufjs with the one declaration `plot` also reads with.
 */
import { eventMessage } from '../tfrecord/event-schema.js';

/** The version string TensorBoard expects in the first event of a file. */
const FILE_VERSION = 'brain.Event:2';

/** The first event of an event file: its format version, at `wallTime` seconds since the epoch. */
export function fileVersionEvent(wallTime: number): Uint8Array {
  return eventMessage()
    .encode(eventMessage().create({ wallTime, step: 0, fileVersion: FILE_VERSION }))
    .finish();
}

/** One event holding scalar values (`tag` → value) at a training step; TensorBoard stores them as 32-bit floats. */
export function scalarsEvent(wallTime: number, step: number, scalars: Readonly<Record<string, number>>): Uint8Array {
  const value = Object.entries(scalars).map(([tag, simpleValue]) => ({ tag, simpleValue }));
  return eventMessage()
    .encode(eventMessage().create({ wallTime, step, summary: { value } }))
    .finish();
}
