import { createNeuron, train } from '@neuronlab/core';
import { celsius } from '@neuronlab/data';

/** Streams a run's events, keeps one loss per 1,000 epochs, and can be stopped early with an AbortSignal. */
export async function streamProgress(signal?: AbortSignal) {
  const losses: { epoch: number; loss: number }[] = [];
  const events = train(
    createNeuron({ seed: 7 }),
    { train: celsius() },
    { lr: 1e-3, epochs: 5_000, reportEvery: 1_000, signal },
  );
  for await (const e of events) {
    switch (e.type) {
      case 'start':
        losses.push({ epoch: 0, loss: e.loss });
        break;
      case 'progress':
        losses.push({ epoch: e.epoch, loss: e.loss });
        break;
      case 'done':
        return { losses, reason: e.reason, final: e.loss };
      case 'error':
        throw new Error(e.message);
    }
  }
  throw new Error('streamProgress: the stream ended without a done event');
}
