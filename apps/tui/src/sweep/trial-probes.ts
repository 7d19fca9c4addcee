import type { MessagePort } from 'node:worker_threads';
import { materializeRun, type RunPlan } from '@neuronlab/lab';
import { ModelProbes } from '../session/model-probes.js';
import type { NetworkReadings, Predictions } from '../session/worker-events.js';
import type { ChartInputs, NetworkProbe, NetworkReading, Prediction } from '../session/worker-protocol.js';
import type { EventsMessage, FinalModel, ToTrial } from './trial-protocol.js';

/** The id of the chart inputs a trial predicts at from the start (TrialTask.chart). */
const FIRST_CHART_ID = 1;

/** The model a finished trial ended with, built from its final numbers like any model of a plan, gradients and all. */
function rebuild(plan: RunPlan, final: FinalModel): ModelProbes {
  const model = materializeRun({ ...plan, initialModel: { ...plan.initialModel, params: final.params } }).model;
  for (const [i, p] of model.params().entries()) p.grad.set(final.grads[i]!);
  return new ModelProbes(model, plan);
}

/**
 * A trial's chart predictions and network readings, for the trial's screen (what `train`'s dashboard gets from its
 * training thread). While the trial trains, asks go to its thread, which answers them only while the trial is the
 * one open on screen (see trial-worker.ts); every answer comes in order with the events it was made at, which the
 * main thread has applied by then, so the latest answer is the one to show. Once the trial has ended, its thread is
 * gone and the trial's final model, rebuilt here from the numbers its end sent, answers at once.
 */
export class TrialProbes implements Predictions, NetworkReadings {
  initial: Prediction | null = null;
  private current: Prediction | null = null;
  private latest: NetworkReading | null = null;
  private chartId = FIRST_CHART_ID;
  private probeId = 0;
  private readonly asked: { chart: ChartInputs | null; probe: NetworkProbe | null } = { chart: null, probe: null };
  private ended: { plan: RunPlan; final: FinalModel; epoch: number } | null = null;
  private finalProbes: ModelProbes | null = null;
  // ended, with what was asked not yet answered from the final model
  private stale = false;

  /** The inputs the trial's thread predicts at from the start (TrialTask.chart), or null. */
  readonly firstChart: ChartInputs | null;

  /**
   * `port` reaches the trial's thread (its asks wait there until the thread reads them); `wake` rouses a paused
   * thread to read them. `chart`: the inputs to predict at from the start (a 1-D regression's xs), or none.
   */
  constructor(
    private readonly port: MessagePort,
    private readonly wake: () => void,
    chart: { readonly x: Float64Array; readonly n: number } | undefined,
  ) {
    this.firstChart = chart ? { id: FIRST_CHART_ID, ...chart } : null;
    this.asked.chart = this.firstChart;
  }

  predictAt(x: Float64Array, n: number): number {
    const chart = { id: ++this.chartId, x, n };
    this.asked.chart = chart;
    this.ask({ type: 'chart', chart });
    return chart.id;
  }

  prediction(): Prediction | null {
    this.refresh();
    return this.current;
  }

  probe(p: Omit<NetworkProbe, 'id'>): number {
    const probe = { id: ++this.probeId, ...p };
    this.asked.probe = probe;
    this.ask({ type: 'probe', probe });
    return probe.id;
  }

  reading(): NetworkReading | null {
    this.refresh();
    return this.latest;
  }

  /** The answers that came with a batch of the trial's events, taken once those events are. */
  taken(m: Pick<EventsMessage, 'prediction' | 'reading'>): void {
    if (m.prediction !== null) {
      if (m.prediction.epoch === 0 && m.prediction.id === FIRST_CHART_ID) this.initial ??= m.prediction;
      this.current = m.prediction;
    }
    if (m.reading !== null) this.latest = m.reading;
  }

  /**
   * The trial has ended at `epoch` with `final`, the model its thread trained (the thread is gone): from now on the
   * final model answers, when the screen next looks (an ask may have crossed the end, and a trial never opened was
   * never answered), and every later ask at once.
   */
  end(plan: RunPlan, final: FinalModel, epoch: number): void {
    this.ended = { plan, final, epoch };
    this.stale = true;
  }

  private ask(m: ToTrial): void {
    if (this.ended !== null) this.stale = true;
    else {
      this.port.postMessage(m);
      this.wake();
    }
  }

  /** Once ended, answers what was last asked from the final model (built the first time it is needed). */
  private refresh(): void {
    if (!this.stale || this.ended === null) return;
    this.stale = false;
    const e = this.ended;
    this.finalProbes ??= rebuild(e.plan, e.final);
    this.finalProbes.chart = this.asked.chart;
    this.finalProbes.probe = this.asked.probe;
    this.taken({ prediction: this.finalProbes.predict(e.epoch), reading: this.finalProbes.read(e.epoch) });
  }
}
