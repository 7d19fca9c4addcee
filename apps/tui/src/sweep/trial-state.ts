import type { TrainEvent } from '@neuronlab/core';
import { formatInt, LossHistory, type RunPlan } from '@neuronlab/lab';
import { en, type Messages } from '../i18n/messages-en.js';
import { applyEvent, type DashboardState, initialState } from '../session/dashboard-state.js';
import { Timing } from '../session/timing.js';

/** Where a trial is: waiting for a thread, training, or ended one of three ways. */
export type TrialStatus =
  | { readonly kind: 'queued' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done' }
  | { readonly kind: 'diverged'; readonly epoch: number }
  | { readonly kind: 'stopped'; readonly epoch: number };

/** One trial of a sweep (or one finished run, when comparing runs), as the table and the chart show it. */
export interface TrialState {
  /** 1-based trial number. */
  readonly trial: number;
  readonly name: string;
  /** The swept flags' values this trial was given (`{ lr: '1e-4' }`). */
  readonly settings: Readonly<Record<string, string>>;
  readonly plan: RunPlan | null;
  /** Epochs planned. */
  epochs: number;
  epoch: number;
  loss: number | null;
  testLoss: number | null;
  /** The loss so far, for the charts: the same history `view` holds. */
  readonly history: LossHistory;
  status: TrialStatus;
  /**
   * What the single-run dashboard shows of the trial, kept up to date event by event (its latest parameters, its
   * loss history, its end), so no event is kept once applied.
   */
  readonly view: DashboardState;
  /** Its speed and elapsed time while it trains live (never started for a run read back from its log). */
  readonly timing: Timing;
}

/** A new trial, queued. */
export function newTrial(
  trial: number,
  name: string,
  settings: Record<string, string>,
  plan: RunPlan | null,
): TrialState {
  const view: DashboardState = { ...initialState(), history: new LossHistory(512, 'extremes') };
  return {
    trial,
    name,
    settings,
    plan,
    epochs: plan?.recipe.epochs ?? 0,
    epoch: 0,
    loss: null,
    testLoss: null,
    history: view.history,
    status: { kind: 'queued' },
    view,
    timing: new Timing(),
  };
}

/** Applies one event of the trial's stream to its state. */
export function applyTrialEvent(t: TrialState, e: TrainEvent): void {
  // the view's state also records the loss in the shared history
  applyEvent(t.view, e);
  if (e.type === 'start') {
    t.status = { kind: 'running' };
    t.epochs = e.epochs;
    t.loss = e.loss;
    t.testLoss = e.testLoss ?? null;
  } else if (e.type === 'progress' || e.type === 'done') {
    t.epoch = e.type === 'progress' ? e.epoch : e.epochs;
    t.loss = e.loss;
    t.testLoss = e.testLoss ?? null;
    if (e.type === 'done') t.status = e.reason === 'aborted' ? { kind: 'stopped', epoch: e.epochs } : { kind: 'done' };
  } else {
    t.status = { kind: 'diverged', epoch: e.epoch };
  }
}

/**
 * The trial's accuracy, and on its test set, as last measured (null before any measurement or for regression). The
 * trainer measures them every few epochs (its metricsEvery), not at every report, so a measurement stands until the
 * next: the view holds the latest, as the single-run dashboard shows it.
 */
export function trialAccuracy(t: TrialState): { accuracy: number | null; testAccuracy: number | null } {
  return { accuracy: t.view.metrics?.accuracy ?? null, testAccuracy: t.view.metrics?.testAccuracy ?? null };
}

/** The accuracy a table shows for a trial: on the test set when there is one, else on the training set. */
export function shownAccuracy(t: TrialState): number | null {
  const { accuracy, testAccuracy } = trialAccuracy(t);
  return testAccuracy ?? accuracy;
}

/**
 * The status as the table says it: `running`, `done`, `diverged at epoch 12`, `stopped at epoch 40` (in English unless
 * the dashboard's words are given; piped and --json output always use English).
 */
export function statusText(s: TrialStatus, words: Messages['sweep']['status'] = en.sweep.status): string {
  if (s.kind === 'diverged') return words.diverged(formatInt(s.epoch));
  if (s.kind === 'stopped') return words.stopped(formatInt(s.epoch));
  return words[s.kind];
}

/** The number trials are ranked by: the final test loss when there is one, else the training loss. */
export function score(t: TrialState): number {
  if (t.status.kind === 'diverged' || t.status.kind === 'queued') return Number.POSITIVE_INFINITY;
  const v = t.testLoss ?? t.loss;
  return v === null || !Number.isFinite(v) ? Number.POSITIVE_INFINITY : v;
}

/** The trials best first (lowest score; ties by trial number); diverged and unstarted ones last. */
export function ranking(trials: readonly TrialState[]): TrialState[] {
  return [...trials].sort((a, b) => score(a) - score(b) || a.trial - b.trial);
}

/** The best trial so far, or null when none has a finite loss. */
export function bestTrial(trials: readonly TrialState[]): TrialState | null {
  const first = ranking(trials)[0];
  return first !== undefined && Number.isFinite(score(first)) ? first : null;
}
