import type { DoneEvent, ErrorEvent, MetricsReport, ParamReport, StartEvent, TrainEvent } from '@neuronlab/core';
import { LossHistory } from '@neuronlab/lab';

/** Everything the dashboard shows that comes from the event stream (wall-clock timing lives in `Timing`). */
export interface DashboardState {
  start: StartEvent | null;
  /** Epochs completed. */
  epoch: number;
  /** Epochs planned. */
  totalEpochs: number;
  loss: number;
  testLoss: number | undefined;
  /** Lowest training loss so far and its epoch. */
  best: number;
  bestEpoch: number;
  lr: number;
  params: readonly ParamReport[];
  initialParams: readonly ParamReport[];
  metrics: MetricsReport | undefined;
  history: LossHistory;
  done: DoneEvent | null;
  error: ErrorEvent | null;
  /** Bumped on every applied event, so views can tell that something changed. */
  version: number;
}

/** The state before the first event: `totalEpochs` is what the run plans, shown until the start event says it. */
export function initialState(totalEpochs = 0): DashboardState {
  return {
    start: null,
    epoch: 0,
    totalEpochs,
    loss: Number.NaN,
    testLoss: undefined,
    best: Number.POSITIVE_INFINITY,
    bestEpoch: 0,
    lr: Number.NaN,
    params: [],
    initialParams: [],
    metrics: undefined,
    // the loss panel draws in braille cells: each bucket's lowest and highest loss keep a spike on screen
    history: new LossHistory(2048, 'extremes'),
    done: null,
    error: null,
    version: 0,
  };
}

function noteLoss(s: DashboardState, epoch: number, loss: number, testLoss: number | undefined): void {
  s.loss = loss;
  s.testLoss = testLoss;
  if (loss < s.best) {
    s.best = loss;
    s.bestEpoch = epoch;
  }
  s.history.push(epoch, loss, testLoss);
}

/** Applies one trainer event to the state in place (the history is large, so it is not copied). */
export function applyEvent(s: DashboardState, e: TrainEvent): DashboardState {
  s.version++;
  switch (e.type) {
    case 'start':
      s.start = e;
      s.totalEpochs = e.epochs;
      s.lr = e.lr;
      s.params = e.params;
      s.initialParams = e.params;
      noteLoss(s, 0, e.loss, e.testLoss);
      break;
    case 'progress':
      s.epoch = e.epoch;
      s.lr = e.lr;
      s.params = e.params;
      s.metrics = e.metrics ?? s.metrics;
      noteLoss(s, e.epoch, e.loss, e.testLoss);
      break;
    case 'done':
      s.done = e;
      s.epoch = e.epochs;
      s.params = e.params;
      s.metrics = e.metrics ?? s.metrics;
      s.loss = e.loss;
      s.testLoss = e.testLoss;
      if (e.loss < s.best) [s.best, s.bestEpoch] = [e.loss, e.epochs];
      break;
    case 'error':
      s.error = e;
      break;
  }
  return s;
}
