import { createRequire } from 'node:module';
import type { Type } from 'protobufjs';

/**
 * The messages of TensorFlow's event.proto, summary.proto and tensor.proto that carry scalars, with TensorFlow's own
 * field numbers; fields that hold no scalar (graphs, images, histograms, audio) are left out and skipped by the decoder.
 */
const SCHEMA = {
  nested: {
    Event: {
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
          fields: {
            tag: { type: 'string', id: 1 },
            simpleValue: { type: 'float', id: 2 },
            nodeName: { type: 'string', id: 7 },
            tensor: { type: 'TensorProto', id: 8 },
            metadata: { type: 'SummaryMetadata', id: 9 },
          },
        },
      },
    },
    SummaryMetadata: {
      fields: { pluginData: { type: 'PluginData', id: 1 } },
      nested: { PluginData: { fields: { pluginName: { type: 'string', id: 1 } } } },
    },
    TensorProto: {
      fields: {
        dtype: { type: 'int32', id: 1 },
        tensorShape: { type: 'TensorShapeProto', id: 2 },
        tensorContent: { type: 'bytes', id: 4 },
        floatVal: { rule: 'repeated', type: 'float', id: 5 },
        doubleVal: { rule: 'repeated', type: 'double', id: 6 },
        intVal: { rule: 'repeated', type: 'int32', id: 7 },
        int64Val: { rule: 'repeated', type: 'int64', id: 10 },
        halfVal: { rule: 'repeated', type: 'int32', id: 13 },
      },
    },
    TensorShapeProto: {
      fields: { dim: { rule: 'repeated', type: 'Dim', id: 2 } },
      nested: { Dim: { fields: { size: { type: 'int64', id: 1 } } } },
    },
  },
};

let eventType: Type | null = null;

/**
 * The Event message type, built on first use: protobufjs is loaded only when a TensorBoard file is read or written.
 * The one declaration both the run log's writer and `plot`'s reader use.
 */
export function eventMessage(): Type {
  if (eventType === null) {
    const protobuf = createRequire(import.meta.url)('protobufjs') as typeof import('protobufjs');
    eventType = protobuf.Root.fromJSON(SCHEMA).lookupType('Event');
  }
  return eventType;
}
