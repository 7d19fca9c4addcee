/**
 * TensorBoard's event record, as protobuf messages: `tensorflow.Event` (tensorflow/core/util/event.proto) and the
 * scalar part of `tensorflow.Summary` (tensorflow/core/framework/summary.proto), declared with the field numbers of
 * those files and encoded by protobufjs. Only what a scalar log needs is declared; protobuf readers skip nothing they
 * need, since every field written here is one TensorBoard reads.
 */
import protobuf from 'protobufjs';

const root = protobuf.Root.fromJSON({
  nested: {
    tensorflow: {
      nested: {
        Event: {
          oneofs: { what: { oneof: ['fileVersion', 'summary'] } },
          fields: {
            wallTime: { type: 'double', id: 1 },
            step: { type: 'int64', id: 2 },
            fileVersion: { type: 'string', id: 3 },
            summary: { type: 'Summary', id: 5 },
          },
        },
        Summary: {
          fields: { value: { rule: 'repeated', type: 'Value', id: 1 } },
          nested: {
            Value: {
              oneofs: { value: { oneof: ['simpleValue'] } },
              fields: {
                tag: { type: 'string', id: 1 },
                simpleValue: { type: 'float', id: 2 },
              },
            },
          },
        },
      },
    },
  },
});

const EventMessage = root.lookupType('tensorflow.Event');

/** The version string TensorBoard expects in the first event of a file. */
const FILE_VERSION = 'brain.Event:2';

/** The first event of an event file: its format version, at `wallTime` seconds since the epoch. */
export function fileVersionEvent(wallTime: number): Uint8Array {
  return EventMessage.encode(EventMessage.create({ wallTime, step: 0, fileVersion: FILE_VERSION })).finish();
}

/** One event holding scalar values (`tag` → value) at a training step; TensorBoard stores them as 32-bit floats. */
export function scalarsEvent(wallTime: number, step: number, scalars: Readonly<Record<string, number>>): Uint8Array {
  const value = Object.entries(scalars).map(([tag, simpleValue]) => ({ tag, simpleValue }));
  return EventMessage.encode(EventMessage.create({ wallTime, step, summary: { value } })).finish();
}
