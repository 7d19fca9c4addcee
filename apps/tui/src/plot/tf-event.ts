import { eventMessage } from '../tfrecord/event-schema.js';
import type { ParsedRecord, Scalar } from './log-point.js';

/** TensorFlow's DataType numbers of the tensors read as scalars. */
const DT = { float: 1, double: 2, int32: 3, int64: 9, bfloat16: 14, half: 19 } as const;

interface TensorMessage {
  dtype?: number;
  tensorShape?: { dim?: { size?: number }[] };
  tensorContent?: Uint8Array;
  floatVal?: number[];
  doubleVal?: number[];
  intVal?: number[];
  int64Val?: number[];
  halfVal?: number[];
}

interface ValueMessage {
  tag?: string;
  nodeName?: string;
  simpleValue?: number;
  tensor?: TensorMessage;
  metadata?: { pluginData?: { pluginName?: string } };
}

interface EventMessage {
  wallTime?: number;
  step?: number;
  summary?: { value?: ValueMessage[] };
}

/** IEEE half precision (as TensorFlow stores `half_val`, one value per int32) to a number. */
function fromHalf(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

/** The single number a scalar tensor holds (TF2's tf.summary.scalar, PyTorch's new-style scalars), or null. */
function tensorScalar(t: TensorMessage): number | null {
  const dims = t.tensorShape?.dim ?? [];
  if (!dims.every((d) => (d.size ?? 0) === 1)) return null;
  const one = <T>(list: T[] | undefined): T | undefined => (list?.length === 1 ? list[0] : undefined);
  const c = t.tensorContent;
  const view = c && c.length > 0 ? new DataView(c.buffer, c.byteOffset, c.byteLength) : null;
  switch (t.dtype) {
    case DT.float:
      return view?.byteLength === 4 ? view.getFloat32(0, true) : (one(t.floatVal) ?? null);
    case DT.double:
      return view?.byteLength === 8 ? view.getFloat64(0, true) : (one(t.doubleVal) ?? null);
    case DT.half: {
      const bits = view?.byteLength === 2 ? view.getUint16(0, true) : one(t.halfVal);
      return bits === undefined ? null : fromHalf(bits);
    }
    case DT.bfloat16: {
      // bfloat16 is the high half of a float32
      const bits = view?.byteLength === 2 ? view.getUint16(0, true) : one(t.halfVal);
      return bits === undefined ? null : new Float32Array(new Uint32Array([bits << 16]).buffer)[0]!;
    }
    case DT.int32:
      return view?.byteLength === 4 ? view.getInt32(0, true) : (one(t.intVal) ?? null);
    case DT.int64: {
      if (view?.byteLength === 8) return Number(view.getBigInt64(0, true));
      const v = one(t.int64Val);
      return v ?? null;
    }
    default:
      return null;
  }
}

/** The scalar of one summary value: its simple_value, or a one-element numeric tensor of the scalars plugin. */
function valueScalar(v: ValueMessage): number | null {
  if (v.simpleValue !== undefined) return v.simpleValue;
  if (v.tensor === undefined) return null;
  const plugin = v.metadata?.pluginData?.pluginName;
  if (plugin !== undefined && plugin !== '' && plugin !== 'scalars') return null;
  return tensorScalar(v.tensor);
}

/**
 * Decodes one TFRecord record of a TensorBoard event file into its scalars: every summary value that holds one number,
 * tagged by its tag, at the event's step and wall time. Events without scalars (the file version, graphs, images)
 * give none; bytes that are no Event message are corrupt.
 */
export function parseEventRecord(record: Uint8Array): ParsedRecord {
  let event: EventMessage;
  try {
    // toObject keeps only the fields present in the bytes (a decoded message answers 0 for an absent float), with
    // int64 as plain numbers
    const type = eventMessage();
    event = type.toObject(type.decode(record), { longs: Number }) as EventMessage;
  } catch {
    return 'corrupt';
  }
  const values = event.summary?.value ?? [];
  if (values.length === 0) return [];
  const step = event.step ?? 0;
  const out: Scalar[] = [];
  for (const v of values) {
    const value = valueScalar(v);
    const tag = v.tag || v.nodeName;
    if (value === null || !tag) continue;
    out.push({ series: tag, step, value, ...(event.wallTime !== undefined ? { wallTime: event.wallTime } : {}) });
  }
  return out;
}
