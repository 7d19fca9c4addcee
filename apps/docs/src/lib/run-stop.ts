import type { ErrorEvent } from '@neuronlab/core';
import { formatNumber, formatRate } from '@neuronlab/lab';
import type { Stop } from '../i18n/messages/en/demos';

/**
 * What stopped a diverged run, as the message tables word it: the trainer's English line (for English, unchanged) and
 * the facts it is made of, formatted, from which every other language builds its own sentence.
 */
export function stopOf(failure: ErrorEvent | null): Stop | null {
  if (!failure) return null;
  return {
    english: failure.message.replace(/^train: /, ''),
    epoch: String(failure.epoch),
    lr: formatRate(failure.lr),
    limit: failure.stableLimit === undefined ? null : formatNumber(failure.stableLimit, 3),
    aboveLimit: failure.stableLimit !== undefined && failure.lr >= failure.stableLimit,
  };
}
