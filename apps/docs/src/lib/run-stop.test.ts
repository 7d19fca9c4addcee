import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages';
import { celsiusBatch } from './celsius-batch';
import { NeuronSession } from './neuron-session';
import { stopOf } from './run-stop';

/** The tutorial's neuron at a rate past its stable limit: the trainer's real error event. */
function divergence() {
  const session = new NeuronSession(celsiusBatch(), { w0: 0.5, b0: 0.5, lr: 1.3e-3 });
  while (!session.finished) session.step(100);
  if (!session.failure) throw new Error('expected the run at lr 1.3e-3 to diverge');
  return session.failure;
}

describe('a diverged run, worded', () => {
  it("reads as the trainer's own line in English and as a Japanese sentence from the same facts", () => {
    const failure = divergence();
    const stop = stopOf(failure)!;
    expect(messagesFor('en').playground.stopped(stop)).toBe(failure.message);
    const ja = messagesFor('ja').playground.stopped(stop);
    expect(ja).toContain(`エポック ${failure.epoch} で損失が発散しました`);
    expect(ja).toContain(stop.limit!);
    expect(ja).not.toMatch(/[A-Za-z]{4,}/);
  });

  it('is nothing while the run has not failed', () => {
    expect(stopOf(null)).toBeNull();
  });
});
