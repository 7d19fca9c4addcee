import {
  type DoneEvent,
  type JsonValue,
  type ModelFile,
  Neuron,
  neuronToModelFile,
  sequentialToModelFile,
  type TrainEvent,
  Trainer,
} from '@neuronlab/core';
import { NetworkModel } from '@neuronlab/core/nn';
import {
  type LiveRun,
  LossHistory,
  materializeRun,
  planRun,
  predictRaw,
  type RunPlan,
  type ValidRecipe,
} from '@neuronlab/lab';

/** One playground training run: lab's run plan, materialised once and driven by core's step-able Trainer. */
export class PlaygroundRun {
  readonly plan: RunPlan;
  private readonly live: LiveRun;
  private readonly trainer: Trainer;
  /** Training loss (and test loss, with a test set) at each epoch's parameters, epoch 0 being before training. */
  readonly history = new LossHistory();
  /** The final event once the run completed, else null. */
  done: DoneEvent | null = null;
  /** The trainer's message if the run failed (diverged), else null. */
  error: string | null = null;
  /** Latest accuracy on the training and test sets, when the trainer reported them. */
  accuracy: number | null = null;
  testAccuracy: number | null = null;

  constructor(readonly recipe: ValidRecipe) {
    this.plan = planRun(recipe);
    this.live = materializeRun(this.plan);
    this.trainer = new Trainer(this.live.model, this.live.data, { ...this.live.options, reportEvery: 1 });
    // next() on a fresh trainer returns just the start event (runEpoch would also run epoch 1)
    const start = this.trainer.next();
    if (start) this.consume([start]);
  }

  /** Epochs completed. */
  get epoch(): number {
    return this.trainer.epoch;
  }

  /** True once the run completed or failed. */
  get finished(): boolean {
    return this.trainer.finished;
  }

  /** Runs epochs until `count` are done or `budgetMs` of wall time has passed (at least one epoch). */
  step(count: number, budgetMs = Number.POSITIVE_INFINITY): void {
    const start = performance.now();
    for (let k = 0; k < count && !this.trainer.finished; k++) {
      this.consume(this.trainer.runEpoch());
      if (performance.now() - start > budgetMs) break;
    }
  }

  /** Model outputs (probabilities) for points in the data's own units, n × outputDim. */
  predict(x: Float64Array, n: number): Float64Array {
    return predictRaw(this.live.model, this.plan.normalization, x, n);
  }

  /** The model as it is now as a neuronlab model file, with its input normalization and the recipe that made it. */
  modelFile(): ModelFile {
    const model = this.live.model;
    const options = {
      normalization: { inputs: this.plan.normalization, targets: null },
      recipe: this.recipe as unknown as { [key: string]: JsonValue },
      createdBy: 'neuronlab docs playground',
    };
    if (model instanceof NetworkModel) return sequentialToModelFile(model, options);
    if (model instanceof Neuron) return neuronToModelFile(model, options);
    throw new TypeError(`playground: cannot save a ${model.kind} model. Only neurons and networks are saved.`);
  }

  private consume(events: readonly TrainEvent[]): void {
    for (const e of events) {
      if (e.type === 'start') {
        this.history.push(0, e.loss, e.testLoss);
      } else if (e.type === 'progress') {
        this.history.push(e.epoch, e.loss, e.testLoss);
        if (e.metrics?.accuracy !== undefined) this.accuracy = e.metrics.accuracy;
        if (e.metrics?.testAccuracy !== undefined) this.testAccuracy = e.metrics.testAccuracy;
      } else if (e.type === 'done') {
        this.done = e;
        if (e.metrics?.accuracy !== undefined) this.accuracy = e.metrics.accuracy;
        if (e.metrics?.testAccuracy !== undefined) this.testAccuracy = e.metrics.testAccuracy;
      } else {
        this.error = e.message;
      }
    }
  }
}

/** A square around every sample, 10% wider than the farthest coordinate, so no point sits on the edge. */
export function squareDomain(x: Float64Array): [number, number] {
  let m = 0;
  for (const v of x) m = Math.max(m, Math.abs(v));
  const r = m > 0 ? m * 1.1 : 1;
  return [-r, r];
}

/** The lattice of cell centres of a g × g grid over the square, row 0 at the top, as n × 2 inputs. */
export function latticePoints(domain: readonly [number, number], g: number): Float64Array {
  const out = new Float64Array(g * g * 2);
  const span = domain[1] - domain[0];
  for (let r = 0; r < g; r++) {
    for (let c = 0; c < g; c++) {
      out[2 * (r * g + c)] = domain[0] + ((c + 0.5) / g) * span;
      out[2 * (r * g + c) + 1] = domain[1] - ((r + 0.5) / g) * span;
    }
  }
  return out;
}
