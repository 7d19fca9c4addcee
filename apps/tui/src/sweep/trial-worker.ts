/**
 * A pool thread's task: trains one trial of a sweep with the same Trainer, model and options a solo run builds from
 * the same plan (so its events are the solo run's), sending them in batches as it goes. Between events it reads the
 * sweep's shared flags: paused, it sleeps on the flag until resumed (or woken to answer an ask). The trainer itself
 * reads the stop flag at every epoch boundary and ends with done reason 'aborted'. While its trial is the one open on
 * screen, the thread also reads its port between events and answers the chart and the network panel from its model,
 * the only live one, with the builders `train`'s training thread uses (ModelProbes).
 */
import { receiveMessageOnPort } from 'node:worker_threads';
import type { Trainable, TrainEvent } from '@neuronlab/core';
import { Trainer } from '@neuronlab/core';
import { materializeRun } from '@neuronlab/lab';
import { jsonLine } from '../modes/json-line.js';
import { modelMessage } from '../session/model-message.js';
import { ModelProbes } from '../session/model-probes.js';
import { eventEpoch, isFinal } from '../session/worker-protocol.js';
import type { FinalModel, FromTrial, ToTrial, TrialTask } from './trial-protocol.js';
import { OPENED, PAUSE, STOP } from './trial-protocol.js';

/** Longest time events wait in a batch: the dashboard sees a trial move several times a second. */
const BATCH_MS = 50;

/** Batches a trial's events and sends them, with the probes' answers when the trial is open on screen. */
class TrialSender {
  private batch: TrainEvent[] = [];
  private lines: string[] = [];
  private sentAt = performance.now();
  // whether the trial was open on screen at the last look
  private wasOpened = false;
  /** The epoch of the last event added. */
  epoch = 0;

  constructor(
    private readonly task: TrialTask,
    readonly probes: ModelProbes,
  ) {}

  /** Adds an event to the batch. */
  add(e: TrainEvent, line: string): void {
    this.batch.push(e);
    this.lines.push(line);
    this.epoch = eventEpoch(e);
  }

  /** Whether the batch has waited long enough to go. */
  due(): boolean {
    return performance.now() - this.sentAt >= BATCH_MS;
  }

  /** Sends the batch (perhaps empty), with the answers at its last event when `answers`. */
  flush(answers: boolean): void {
    const prediction = answers ? this.probes.predict(this.epoch) : null;
    const reading = answers ? this.probes.read(this.epoch) : null;
    const events = withLatestParams(this.batch);
    this.send({ type: 'events', events, lines: this.lines, prediction, reading });
    this.batch = [];
    this.lines = [];
    this.sentAt = performance.now();
  }

  /**
   * Looks whether the trial is the one open on screen (one shared read) and, when it is, takes what the screen asked
   * for since the last look (the latest chart inputs and probe win). Just opened or asked, it answers at once: the
   * events so far go with the answers, so the screen has the epoch they were made at. Returns whether it is open.
   */
  look(): boolean {
    const opened = Atomics.load(this.task.flags, OPENED) === this.task.trial;
    if (!opened) {
      this.wasOpened = false;
      return false;
    }
    let asked = !this.wasOpened;
    this.wasOpened = true;
    for (let m = receiveMessageOnPort(this.task.port); m !== undefined; m = receiveMessageOnPort(this.task.port)) {
      const ask = m.message as ToTrial;
      if (ask.type === 'chart') this.probes.chart = ask.chart;
      else this.probes.probe = ask.probe;
      asked = true;
    }
    if (asked) this.flush(true);
    return true;
  }

  /** Sends a message to the main thread. */
  send(m: FromTrial): void {
    this.task.port.postMessage(m);
  }
}

/**
 * The batch as the main thread takes it: each event's parameter report (every block's values and gradients, most
 * of a message's bytes) only on the last one that has one and on a start, the others' `params` left empty. The main thread keeps
 * only the latest report (and the start's) and draws between messages, never inside one, so its state is the same;
 * the log and --json lines, made here from the whole events, have every report. See packages/bench results, case
 * sweep.
 */
function withLatestParams(batch: readonly TrainEvent[]): TrainEvent[] {
  // an error event has no report: the one before it is the latest
  const last = batch.findLastIndex((e) => e.type !== 'error');
  return batch.map((e, i) => (i === last || e.type === 'start' || e.type === 'error' ? e : { ...e, params: [] }));
}

/** The model's parameters and gradients, copied. */
function finalModel(model: Trainable): FinalModel {
  const params = model.params();
  return { params: params.map((p) => Float64Array.from(p.value)), grads: params.map((p) => Float64Array.from(p.grad)) };
}

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
  const kind = task.plan.initialModel.kind;
  const out = new TrialSender(task, new ModelProbes(live.model, task.plan));
  // the chart's line before training (one prediction, made by every trial): what an opened trial's chart starts from
  out.probes.chart = task.chart;
  if (task.chart !== null) out.flush(true);
  for (;;) {
    const e = trainer.next();
    if (e === undefined) throw new Error('sweep: the trainer ended without a done event. This is a bug.');
    out.add(e, jsonLine(e, kind));
    const opened = out.look();
    if (isFinal(e)) break;
    const paused = Atomics.load(flags, PAUSE) === 1;
    if (paused || out.due()) out.flush(opened);
    while (Atomics.load(flags, PAUSE) === 1 && Atomics.load(flags, STOP) === 0) {
      // woken by a resume, a stop, or an ask for the opened trial
      Atomics.wait(flags, PAUSE, 1, 250);
      out.look();
    }
  }
  out.flush(out.look());
  out.send({ type: 'end', model: modelMessage(live.model, task.plan, out.epoch), final: finalModel(live.model) });
  task.port.close();
  return out.epoch;
}
