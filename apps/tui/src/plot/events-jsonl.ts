import type { ParsedRecord, Scalar } from './log-point.js';

/** What a progress line of neuronlab's events.jsonl (the `train --json` stream) holds, as far as plotting goes. */
interface ProgressLine {
  readonly type: 'progress';
  readonly epoch: number;
  readonly loss?: number;
  readonly testLoss?: number;
  readonly lr?: number;
  readonly metrics?: Readonly<Record<string, unknown>>;
  readonly wallTime?: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON numbers, plus the null that JSON.stringify writes for NaN and ±Infinity (a diverged loss reads as NaN). */
function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  return v === null ? Number.NaN : undefined;
}

/**
 * Parses one line of neuronlab's events.jsonl, the stream `neuronlab train --json` prints: each progress event gives
 * `loss`, `test_loss`, `lr` and its metrics (`accuracy`, `test_accuracy`, `r2`) at its epoch. The other events
 * (start, done, error) give no points; a line that is no JSON object is corrupt.
 */
export function parseEventLine(raw: string): ParsedRecord {
  if (raw.trim() === '') return [];
  let event: unknown;
  try {
    event = JSON.parse(raw);
  } catch {
    return 'corrupt';
  }
  if (!isObject(event) || typeof event.type !== 'string') return 'corrupt';
  if (event.type !== 'progress') return [];
  const e = event as unknown as ProgressLine;
  if (typeof e.epoch !== 'number') return 'corrupt';
  const wall = typeof e.wallTime === 'number' ? { wallTime: e.wallTime } : {};
  const out: Scalar[] = [];
  const add = (series: string, v: unknown) => {
    const value = numberOf(v);
    if (value !== undefined) out.push({ series, step: e.epoch, value, ...wall });
  };
  add('loss', e.loss);
  add('test_loss', e.testLoss);
  add('lr', e.lr);
  if (isObject(e.metrics)) {
    add('accuracy', e.metrics.accuracy);
    add('test_accuracy', e.metrics.testAccuracy);
    add('r2', e.metrics.r2);
  }
  return out;
}
