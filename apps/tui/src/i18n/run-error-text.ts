import type { ErrorEvent } from '@neuronlab/core';
import { formatInt, formatNumber } from '@neuronlab/lab';
import type { Messages } from './messages-en.js';

/** A failed run's line in a table's language: a divergence in its words, anything else as the engine said it. */
export function runErrorText(e: ErrorEvent, t: Messages['summary']): string {
  if (e.code !== 'diverged') return e.message;
  const limit = e.stableLimit;
  return t.diverged({
    message: e.message,
    epoch: formatInt(e.epoch),
    lr: formatNumber(e.lr, 3),
    limit: limit === undefined ? null : formatNumber(limit, 3),
    belowLimit: limit !== undefined && e.lr < limit,
  });
}
