import { Trainer } from '@neuronlab/core';
import { materializeRun, planRun, recipeFromFlags } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { neuronEvents } from '../test-util/events.test-util.js';
import { rankingJsonLine, rankingText, sweepJsonLine, trialCells } from './sweep-text.js';
import {
  applyTrialEvent,
  bestTrial,
  newTrial,
  ranking,
  shownAccuracy,
  statusText,
  type TrialState,
} from './trial-state.js';

/** A trial fed the hand-written neuron stream for `epochs` epochs, its losses scaled by `scale`. */
function trained(trial: number, epochs: number, scale = 1): TrialState {
  const t = newTrial(trial, `trial-${trial}`, { lr: String(trial) }, null);
  for (const e of neuronEvents(epochs)) {
    applyTrialEvent(t, 'loss' in e ? ({ ...e, loss: e.loss * scale } as typeof e) : e);
  }
  return t;
}

describe('trial state', () => {
  it('follows a trial from queued through running to done, keeping its curve', () => {
    const t = newTrial(1, 'trial-1', {}, null);
    expect(statusText(t.status)).toBe('queued');
    const events = [...neuronEvents(10)];
    applyTrialEvent(t, events[0]!);
    expect(statusText(t.status)).toBe('running');
    for (const e of events.slice(1)) applyTrialEvent(t, e);
    expect(statusText(t.status)).toBe('done');
    expect(t.epoch).toBe(10);
    expect(t.history.epochs).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('says where a trial diverged and ranks it last, below every finished one', () => {
    const diverged = newTrial(1, 'trial-1', { lr: '1.3e-3' }, null);
    applyTrialEvent(diverged, [...neuronEvents(5)][0]!);
    applyTrialEvent(diverged, { type: 'error', code: 'diverged', message: 'diverged', epoch: 20, lr: 1.3e-3 });
    expect(statusText(diverged.status)).toBe('diverged at epoch 20');
    const good = trained(2, 10, 0.5);
    const worse = trained(3, 10);
    expect(ranking([diverged, worse, good]).map((t) => t.trial)).toEqual([2, 3, 1]);
    expect(bestTrial([diverged, worse, good])?.trial).toBe(2);
    expect(rankingText([diverged, worse, good], 'runs')).toMatch(
      /^rank.*\n1 +2 .*\n2 +3 .*\n3 +1 .*diverged at epoch 20\nbest: trial 2/,
    );
    const line = JSON.parse(rankingJsonLine([diverged, worse, good]));
    expect(line.trials.map((t: { trial: number; rank: number }) => [t.rank, t.trial])).toEqual([
      [1, 2],
      [2, 3],
      [3, 1],
    ]);
  });

  it('tags a --json line with its trial and keeps the event as train --json prints it', () => {
    const t = newTrial(4, 'trial-4-lr1e-3', {}, null);
    const e = [...neuronEvents(3)][1]!;
    const line = JSON.parse(sweepJsonLine(t, e));
    expect(line).toEqual({ trial: 4, name: 'trial-4-lr1e-3', ...e });
  });

  it('keeps the last measured accuracy through the reports between measurements, as the engine makes them', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'moons', epochs: '60', testSplit: '0.25' }));
    const live = materializeRun(plan);
    // the engine measures accuracy every 10 epochs and reports every epoch: most reports carry no accuracy
    const trainer = new Trainer(live.model, live.data, { ...live.options, reportEvery: 1, metricsEvery: 10 });
    const t = newTrial(1, 'trial-1', {}, plan);
    let last: number | null = null;
    let without = 0;
    for (let e = trainer.next(); e !== undefined; e = trainer.next()) {
      applyTrialEvent(t, e);
      if (e.type === 'progress' || e.type === 'done') {
        if (e.metrics?.testAccuracy !== undefined) last = e.metrics.testAccuracy;
        else without++;
        expect(shownAccuracy(t)).toBe(last);
        if (last !== null) expect(trialCells(t)[5]).toMatch(/^\d+\.\d%$/);
      }
    }
    expect(without).toBeGreaterThan(40);
    expect(last).not.toBeNull();
    expect(JSON.parse(rankingJsonLine([t])).trials[0].testAccuracy).toBe(last);
  });
});
