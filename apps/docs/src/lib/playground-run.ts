import {
  type DoneEvent,
  type ErrorEvent,
  type JsonValue,
  type ModelFile,
  Neuron,
  neuronToModelFile,
  sequentialToModelFile,
  type TrainEvent,
  Trainer,
  type TrainOptions,
} from '@neuronlab/core';
import { NetworkModel, type Optimizer } from '@neuronlab/core/nn';
import { type LiveRun, type LossPoint, materializeRun, modelInputs, predictRaw, type RunPlan } from '@neuronlab/lab';

/** The settings that change while a run goes on, without starting it again. */
export interface Steering {
  readonly lr: number;
  /** The weight penalty as the recipe has it. */
  readonly regularization: { readonly kind: 'none' | 'l1' | 'l2'; readonly rate: number };
  readonly batchSize: number | 'full';
}

/** One layer of the network as a snapshot shows it: every neuron's output on the grid and at the chosen point. */
export interface LayerSnapshot {
  readonly units: number;
  /** Each neuron's output at every grid cell, cells × units row-major (the last layer's is the decision map). */
  readonly grid: Float64Array;
  /** Pre-activation z and output a of each neuron at the chosen point. */
  readonly z: Float64Array;
  readonly a: Float64Array;
  /** Weights [inputs × units] and biases [units] now, their gradients from the last step, and their change over the last epoch. */
  readonly weight: Float64Array;
  readonly bias: Float64Array;
  readonly weightGrad: Float64Array;
  readonly biasGrad: Float64Array;
  readonly weightDelta: Float64Array;
  readonly biasDelta: Float64Array;
}

/** What the page draws after a slice of training: plain data, so it crosses from the worker by structured clone. */
export interface NetworkSnapshot {
  readonly epoch: number;
  readonly finished: boolean;
  /** Losses of the epochs run since the last snapshot. */
  readonly losses: readonly LossPoint[];
  /** The chosen point as the model sees it: its features, normalized when the recipe asks. */
  readonly inputs: Float64Array;
  readonly layers: readonly LayerSnapshot[];
  readonly accuracy: number | null;
  readonly testAccuracy: number | null;
  readonly done: DoneEvent | null;
  readonly error: ErrorEvent | null;
  /** True when a ReLU layer outputs 0 at every neuron for every training point: no gradient can flow back. */
  readonly dead: boolean;
}

/**
 * One playground training run: lab's run plan, materialised once and driven by core's step-able Trainer. The
 * learning rate is read each epoch (a schedule returning the current one) and the weight penalty is set on the
 * optimizer, so both change without a restart; a new batch size continues the same model and the same optimizer
 * state with a new trainer, epochs counted on. Only a new plan (data or network) starts afresh.
 */
export class PlaygroundRun {
  readonly live: LiveRun;
  /** The run's one optimizer: its state (Adam's moments and step count, say) outlives every steering change. */
  readonly optimizer: Optimizer;
  private trainer: Trainer;
  // epochs run by earlier trainers of this run (before a batch size change)
  private offset = 0;
  private lr: number;
  // the batch size the current trainer uses
  private batchSize: number | 'full';
  private pending: LossPoint[] = [];
  private before: Float64Array[];
  /** The final event once the run completed, else null. */
  done: DoneEvent | null = null;
  /** The trainer's error event if the run failed (diverged), else null. */
  error: ErrorEvent | null = null;
  /** Latest accuracy on the training and test sets, when the trainer reported them. */
  accuracy: number | null = null;
  testAccuracy: number | null = null;

  constructor(readonly plan: RunPlan) {
    this.live = materializeRun(plan);
    this.lr = plan.training.lr;
    this.batchSize = plan.recipe.batchSize;
    this.trainer = this.makeTrainer(this.live.options);
    this.optimizer = this.trainer.options.optimizer;
    this.before = this.copyParams();
    // next() on a fresh trainer returns just the start event (runEpoch would also run epoch 1)
    const start = this.trainer.next();
    if (start) this.consume([start]);
  }

  /** Epochs completed. */
  get epoch(): number {
    return this.offset + this.trainer.epoch;
  }

  /** True once the run completed or failed. */
  get finished(): boolean {
    return this.trainer.finished;
  }

  /** Runs epochs until `count` are done or `budgetMs` of wall time has passed (at least one epoch). */
  step(count: number, budgetMs = Number.POSITIVE_INFINITY): void {
    const start = performance.now();
    for (let k = 0; k < count && !this.trainer.finished; k++) {
      this.before = this.copyParams();
      this.consume(this.trainer.runEpoch());
      if (performance.now() - start > budgetMs) break;
    }
  }

  /**
   * Applies live settings from the next epoch on: the rate, the weight penalty (set on the optimizer, whose state is
   * kept), and a new batch size through a new trainer that steps the same optimizer, its state untouched.
   */
  steer(s: Steering): void {
    this.lr = s.lr;
    if (this.trainer.finished) return;
    const { kind, rate } = s.regularization;
    this.optimizer.setPenalty?.(
      kind === 'none' || rate === 0 ? {} : kind === 'l2' ? { weightDecay: rate } : { l1: rate },
    );
    if (s.batchSize === this.batchSize) return;
    this.batchSize = s.batchSize;
    this.offset += this.trainer.epoch;
    // a trainer resets its optimizer when it starts: the new one gets the same optimizer behind a reset that keeps
    // the state, so the moments and step count go on; epochs go on from where they are
    this.trainer = this.makeTrainer({
      ...this.live.options,
      epochs: this.plan.training.epochs - this.offset,
      optimizer: keepingState(this.optimizer),
      batchSize: s.batchSize,
    });
    // the new trainer's start event repeats the loss already recorded for this epoch
    this.trainer.next();
  }

  /** Model outputs (probabilities) for points in the data's own units, n × outputDim. */
  predict(x: Float64Array, n: number): Float64Array {
    return predictRaw(this.live.model, this.plan, x, n);
  }

  /** The network now: every neuron on the grid (raw points, cells × 2) and at `point` (raw, 2 values). */
  snapshot(grid: Float64Array, point: Float64Array): NetworkSnapshot {
    const model = this.live.model as NetworkModel;
    const cells = grid.length / 2;
    const onGrid = model.layerActivations(modelInputs(this.plan, grid, cells), cells);
    const inputs = modelInputs(this.plan, point, 1);
    const atPoint = model.layerActivations(inputs, 1);
    const params = model.params();
    const layers = onGrid.map((layer, i): LayerSnapshot => {
      const w = params[2 * i]!;
      const b = params[2 * i + 1]!;
      return {
        units: layer.units,
        grid: layer.a,
        z: atPoint[i]!.z,
        a: atPoint[i]!.a,
        weight: Float64Array.from(w.value),
        bias: Float64Array.from(b.value),
        weightGrad: Float64Array.from(w.grad),
        biasGrad: Float64Array.from(b.grad),
        weightDelta: w.value.map((v, k) => v - this.before[2 * i]![k]!),
        biasDelta: b.value.map((v, k) => v - this.before[2 * i + 1]![k]!),
      };
    });
    const losses = this.pending;
    this.pending = [];
    return {
      epoch: this.epoch,
      finished: this.finished,
      losses,
      inputs,
      layers,
      accuracy: this.accuracy,
      testAccuracy: this.testAccuracy,
      done: this.done,
      error: this.error,
      dead: this.isDead(model),
    };
  }

  private isDead(model: NetworkModel): boolean {
    const train = this.plan.train;
    const acts = model.network.layers.map((l) => l.activation);
    if (!acts.includes('relu')) return false;
    const values = model.layerActivations(train.x, train.n);
    return values.some((layer, i) => acts[i] === 'relu' && layer.a.every((v) => v === 0));
  }

  private makeTrainer(options: TrainOptions): Trainer {
    return new Trainer(this.live.model, this.live.data, { ...options, reportEvery: 1, schedule: () => this.lr });
  }

  private copyParams(): Float64Array[] {
    return this.live.model.params().map((p) => Float64Array.from(p.value));
  }

  /** The model as it is now as a neuronlab model file, with its input normalization and the recipe that made it. */
  modelFile(): ModelFile {
    const model = this.live.model;
    const options = {
      normalization: { inputs: this.plan.normalization, targets: null },
      recipe: this.plan.recipe as unknown as { [key: string]: JsonValue },
      createdBy: 'neuronlab docs playground',
    };
    if (model instanceof NetworkModel) return sequentialToModelFile(model, options);
    if (model instanceof Neuron) return neuronToModelFile(model, options);
    throw new TypeError(`playground: cannot save a ${model.kind} model. Only neurons and networks are saved.`);
  }

  private consume(events: readonly TrainEvent[]): void {
    for (const e of events) {
      if (e.type === 'start') {
        this.pending.push({ epoch: 0, train: e.loss, test: e.testLoss ?? Number.NaN });
      } else if (e.type === 'progress') {
        this.pending.push({ epoch: this.offset + e.epoch, train: e.loss, test: e.testLoss ?? Number.NaN });
        if (e.metrics?.accuracy !== undefined) this.accuracy = e.metrics.accuracy;
        if (e.metrics?.testAccuracy !== undefined) this.testAccuracy = e.metrics.testAccuracy;
      } else if (e.type === 'done') {
        this.done = this.offset === 0 ? e : { ...e, epochs: this.offset + e.epochs };
        if (e.metrics?.accuracy !== undefined) this.accuracy = e.metrics.accuracy;
        if (e.metrics?.testAccuracy !== undefined) this.testAccuracy = e.metrics.testAccuracy;
      } else {
        this.error = e;
      }
    }
  }
}

/** The optimizer as a later trainer of the same run sees it: every step is its own, and a reset forgets nothing. */
function keepingState(optimizer: Optimizer): Optimizer {
  return { name: optimizer.name, step: (params, lr) => optimizer.step(params, lr), reset: () => {} };
}

/** The map's extent along x1 and x2, in the data's own units. */
export interface MapDomain {
  readonly x1: readonly [number, number];
  readonly x2: readonly [number, number];
}

/**
 * The map's extent around every sample, wider by a margin, so no point sits on the edge. Data around the origin
 * (every generator's) gets one square centred on it, the same span on both axes; data beside or away from it (a
 * CSV's counts, weights and heights) gets each axis's own range, so its points fill the map instead of a corner.
 */
export function mapDomain(x: Float64Array): MapDomain {
  const lo = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const hi = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (let i = 0; i < x.length; i++) {
    const k = i % 2;
    lo[k] = Math.min(lo[k]!, x[i]!);
    hi[k] = Math.max(hi[k]!, x[i]!);
  }
  if (x.length === 0) return { x1: [-1, 1], x2: [-1, 1] };
  // strictly: counts that start at 0 are data beside the origin, not around it
  const aroundOrigin = lo.every((l, k) => l < 0 && hi[k]! > 0);
  if (aroundOrigin) {
    const m = Math.max(...lo.map(Math.abs), ...hi.map(Math.abs));
    const r = m > 0 ? m * 1.1 : 1;
    return { x1: [-r, r], x2: [-r, r] };
  }
  const axis = (k: number): [number, number] => {
    const span = hi[k]! - lo[k]!;
    const pad = span > 0 ? span * 0.05 : Math.max(Math.abs(lo[k]!) * 0.1, 1);
    return [lo[k]! - pad, hi[k]! + pad];
  };
  return { x1: axis(0), x2: axis(1) };
}

/** The point of the map at fractions (fx, fy) of its width and height from its top left corner. */
export function mapPoint(domain: MapDomain, fx: number, fy: number): [number, number] {
  const [a, b] = domain.x1;
  const [c, d] = domain.x2;
  return [a + fx * (b - a), d - fy * (d - c)];
}

/** The lattice of cell centres of a g × g grid over the map, row 0 at the top, as n × 2 inputs. */
export function latticePoints(domain: MapDomain, g: number): Float64Array {
  const out = new Float64Array(g * g * 2);
  for (let r = 0; r < g; r++) {
    for (let c = 0; c < g; c++) {
      const [x1, x2] = mapPoint(domain, (c + 0.5) / g, (r + 0.5) / g);
      out[2 * (r * g + c)] = x1;
      out[2 * (r * g + c) + 1] = x2;
    }
  }
  return out;
}

/** The index of the point of `x` (n × 2, row-major) nearest to (x1, x2); the first of equally near ones. */
export function nearestPoint(x: Float64Array, x1: number, x2: number): number {
  let best = 0;
  let bestD = Number.POSITIVE_INFINITY;
  for (let i = 0; 2 * i < x.length; i++) {
    const d = (x[2 * i]! - x1) ** 2 + (x[2 * i + 1]! - x2) ** 2;
    if (d < bestD) [best, bestD] = [i, d];
  }
  return best;
}
