/**
 * A pool thread's task: trains one trial of a sweep with the same Trainer, model and options a solo run builds from
 * the same plan (so its events are the solo run's), sending them in batches as it goes. Between events it reads the
 * sweep's shared flags: paused, it sleeps on the flag until resumed. The trainer itself reads the stop flag at every
 * epoch boundary and ends with done reason 'aborted'.
 */
import type { TrainEvent } from '@neuronlab/core';
import { Trainer } from '@neuronlab/core';
import { materializeRun } from '@neuronlab/lab';
import { jsonLine } from '../modes/json-line.js';
import { modelMessage } from '../session/model-message.js';
import { eventEpoch, isFinal } from '../session/worker-protocol.js';
import type { FromTrial, TrialTask } from './trial-protocol.js';
import { PAUSE, STOP } from './trial-protocol.js';

/** Longest time events wait in a batch: the dashboard sees a trial move several times a second. */
const BATCH_MS = 50;

/** Trains the trial to its end (or its stop) and returns its last epoch, once its last message is sent. */
export default function trainTrial(task: TrialTask): number {
  const live = materializeRun(task.plan);
  // read by the trainer at every epoch boundary, so a stop is prompt however many epochs an event spans (a shared
  // read per epoch costs the tutorial's tiny epoch a little; see train-worker.ts)
  const flags = task.flags;
  const stop = {
    get aborted() {
      return Atomics.load(flags, STOP) === 1;
    },
  };
  const trainer = new Trainer(live.model, live.data, { ...live.options, reportEvery: task.reportEvery, signal: stop });
  const send = (m: FromTrial) => task.port.postMessage(m);
  const kind = task.plan.initialModel.kind;
  let batch: TrainEvent[] = [];
  let lines: string[] = [];
  let sentAt = performance.now();
  let epoch = 0;
  for (;;) {
    const e = trainer.next();
    if (e === undefined) throw new Error('sweep: the trainer ended without a done event. This is a bug.');
    batch.push(e);
    lines.push(jsonLine(e, kind));
    epoch = eventEpoch(e);
    if (isFinal(e)) break;
    if (performance.now() - sentAt >= BATCH_MS || Atomics.load(task.flags, PAUSE) === 1) {
      send({ type: 'events', events: batch, lines });
      batch = [];
      lines = [];
      sentAt = performance.now();
    }
    while (Atomics.load(task.flags, PAUSE) === 1 && Atomics.load(task.flags, STOP) === 0) {
      Atomics.wait(task.flags, PAUSE, 1, 250);
    }
  }
  send({ type: 'events', events: batch, lines });
  send({ type: 'end', model: modelMessage(live.model, task.plan, epoch) });
  task.port.close();
  return epoch;
}
