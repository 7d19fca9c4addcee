import { MessageChannel, type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import { trainSync } from '@neuronlab/core';
import type { NetworkModel } from '@neuronlab/core/nn';
import { materializeRun, planRun, predictRaw, type RecipeFlags, recipeFromFlags } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { jsonLine } from '../modes/json-line.js';
import { readNetwork } from '../session/network-reading.js';
import { chartInputs } from '../views.js';
import type { EventsMessage, FromTrial, ToTrial, TrialTask } from './trial-protocol.js';
import { FLAGS, OPENED } from './trial-protocol.js';
import { applyTrialEvent, newTrial } from './trial-state.js';
import trainTrial from './trial-worker.js';

/** A trial of the recipe these flags make, as the sweep hands it to a pool thread; `opened` sets the shared number. */
function task(flags: RecipeFlags, reportEvery: number, opened: number) {
  const { port1, port2 } = new MessageChannel();
  const plan = planRun(recipeFromFlags(flags));
  const inputs = chartInputs(plan);
  const shared = new Int32Array(new SharedArrayBuffer(FLAGS * 4));
  shared[OPENED] = opened;
  const t: TrialTask = {
    trial: 2,
    plan,
    reportEvery,
    chart: inputs ? { id: 1, ...inputs } : null,
    port: port2,
    flags: shared,
  };
  return { task: t, main: port1 };
}

/** Every message the trial thread sent, in order. */
function received(port: MessagePort): FromTrial[] {
  const out: FromTrial[] = [];
  for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) out.push(m.message);
  return out;
}

const batches = (ms: FromTrial[]) => ms.filter((m): m is EventsMessage => m.type === 'events');

describe('trainTrial', () => {
  it('sends the events and lines a solo run yields, each batch’s parameter report only on its last event (and the start)', () => {
    const flags = { dataset: 'xor', hidden: '4', epochs: '200' };
    const { task: t, main } = task(flags, 2, 0);
    trainTrial(t);
    const sent = batches(received(main)).filter((m) => m.events.length > 0);
    const run = materializeRun(planRun(recipeFromFlags(flags)));
    const solo = [...trainSync(run.model, run.data, { ...run.options, reportEvery: 2 })];
    expect(sent.flatMap((m) => m.lines)).toEqual(solo.map((e) => jsonLine(e, 'sequential')));
    const events = sent.flatMap((m) =>
      m.events.map((e, i) => ({ e, whole: i === m.events.length - 1 || e.type === 'start' })),
    );
    expect(events).toHaveLength(solo.length);
    // the reports kept whole are the solo run's, so the main thread's latest parameters are the solo run's
    for (const [i, { e, whole }] of events.entries()) expect(e).toEqual(whole ? solo[i] : { ...solo[i], params: [] });
    expect(events.filter((x) => !x.whole).length).toBeGreaterThan(solo.length / 2);
  });

  it('leaves the main thread’s state as the solo run’s after every batch, a diverging run’s included', () => {
    // the tutorial's neuron at a rate far past its stable limit diverges: its last event is an error, with no report
    const runs = [
      { flags: { lr: '0.01', epochs: '300' }, last: 'error' },
      { flags: { dataset: 'xor', hidden: '3', epochs: '60' }, last: 'done' },
    ];
    for (const { flags, last } of runs) {
      const { task: t, main } = task(flags, 1, 0);
      trainTrial(t);
      const run = materializeRun(planRun(recipeFromFlags(flags)));
      const solo = [...trainSync(run.model, run.data, { ...run.options, reportEvery: 1 })];
      expect(solo.at(-1)?.type).toBe(last);
      const trial = newTrial(1, 'trial-1', {}, t.plan);
      const alone = newTrial(1, 'trial-1', {}, t.plan);
      let taken = 0;
      for (const m of batches(received(main))) {
        for (const e of m.events) applyTrialEvent(trial, e);
        for (const e of solo.slice(taken, taken + m.events.length)) applyTrialEvent(alone, e);
        taken += m.events.length;
        expect(trial.view.params).toEqual(alone.view.params);
        expect(trial.status).toEqual(alone.status);
      }
      expect(taken).toBe(solo.length);
    }
  });

  it('sends no answers but the line before training while the trial is not open', () => {
    const flags = { epochs: '200' };
    const { task: t, main } = task(flags, 10, 0);
    trainTrial(t);
    const messages = received(main);
    // the tutorial's line: its xs predicted once, before training (epoch 0), and nothing more
    const answered = batches(messages).filter((m) => m.prediction !== null || m.reading !== null);
    expect(answered).toHaveLength(1);
    expect(answered[0]!.events).toEqual([]);
    expect(answered[0]!.prediction?.epoch).toBe(0);
    const first = materializeRun(planRun(recipeFromFlags(flags)));
    const xs = t.chart!;
    expect(answered[0]!.prediction?.values).toEqual(predictRaw(first.model, first.plan, xs.x, xs.n));
  });

  it('answers the asks of the open trial from its model at the last event sent, with the events before them', () => {
    const flags = { dataset: 'xor', hidden: '4', epochs: '40' };
    const { task: t, main } = task(flags, 5, 2);
    const x = Float64Array.of(0.5, -0.5, 0.1, 0.2);
    const ask: ToTrial = { type: 'probe', probe: { id: 7, x, n: 2, layer: 0, unit: 1 } };
    main.postMessage(ask);
    trainTrial(t);
    const messages = batches(received(main));
    const readings = messages.filter((m) => m.reading !== null);
    expect(readings.length).toBeGreaterThan(0);
    const events = messages.flatMap((m) => m.events);
    // each reading is made at the epoch of the last event sent with or before it
    let sent = 0;
    for (const m of messages) {
      sent += m.events.length;
      const last = events[sent - 1];
      const epoch = last === undefined || last.type === 'start' ? 0 : last.type === 'done' ? last.epochs : last.epoch;
      if (m.reading !== null) expect(m.reading.epoch).toBe(epoch);
    }
    // the last one is the final model's, bit for bit what the same run trained here reads
    const run = materializeRun(planRun(recipeFromFlags(flags)));
    [...trainSync(run.model, run.data, { ...run.options, reportEvery: 5 })];
    const here = readNetwork(run.model as NetworkModel, run.plan, ask.probe, 40);
    expect(readings.at(-1)!.reading).toEqual(here);
  });

  it('ends with the model file and the final parameters and gradients, which the solo run ends with too', () => {
    const flags = { dataset: 'xor', hidden: '3', epochs: '20' };
    const { task: t, main } = task(flags, 5, 0);
    expect(trainTrial(t)).toBe(20);
    const end = received(main).at(-1)!;
    if (end.type !== 'end') throw new Error(`expected the end message last, got ${end.type}`);
    const run = materializeRun(planRun(recipeFromFlags(flags)));
    [...trainSync(run.model, run.data, { ...run.options, reportEvery: 5 })];
    expect(end.final.params).toEqual(run.model.params().map((p) => p.value));
    expect(end.final.grads).toEqual(run.model.params().map((p) => p.grad));
    expect(end.model).toMatchObject({ type: 'model', epoch: 20 });
  });
});
