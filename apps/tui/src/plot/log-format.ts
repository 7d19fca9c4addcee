import { basename } from 'node:path';
import { readFirstLine } from '@neuronlab/data';
import { maskedCrc32c } from '../tfrecord/crc32c.js';
import { stepColumn } from './csv-log.js';

/** The kinds of training log `neuronlab plot` reads. */
export type LogFormat = 'events-jsonl' | 'csv' | 'tfevents';

/** The format a file's name promises, or null when the name says nothing (its bytes decide). */
export function formatByName(path: string): LogFormat | null {
  const name = basename(path);
  if (name.startsWith('events.out.tfevents')) return 'tfevents';
  if (name.endsWith('.jsonl')) return 'events-jsonl';
  if (name.toLowerCase().endsWith('.csv')) return 'csv';
  return null;
}

/** Bytes needed before sniffFormat can tell: a TFRecord head, or a text file's first line. */
const TFRECORD_HEAD = 12;

/**
 * What the first bytes of a file are: a TFRecord head whose CRC checks out, a JSON object line, or a CSV header with a
 * step or epoch column. `'wait'` when the bytes end before the first line does (a log that is being written);
 * `null` when they are none of these.
 */
export function sniffFormat(head: Uint8Array, atEnd: boolean): LogFormat | null | 'wait' {
  if (head.length >= TFRECORD_HEAD) {
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    if (maskedCrc32c(head.subarray(0, 8)) === view.getUint32(8, true)) return 'tfevents';
  }
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
  const firstLine = text.split('\n').find((l) => l.trim() !== '');
  const complete = firstLine !== undefined && (text.includes('\n') || atEnd);
  if (!complete) return atEnd ? null : 'wait';
  if (firstLine.trimStart().startsWith('{')) return 'events-jsonl';
  return stepColumn(readFirstLine(firstLine).cells) >= 0 ? 'csv' : null;
}
