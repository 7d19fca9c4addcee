/**
 * The hand-written baseline for the tutorial: one neuron `out = w·x + b`, MSE, plain gradient descent, written as
 * the tightest Float64Array loop we know, with the same bookkeeping the engine does (a loss every step, a progress
 * record every `reportEvery` steps).
 */
import type { Samples } from '../data.js';

/** Settings of the tutorial run. */
export interface TutorialRun {
  readonly steps: number;
  readonly lr: number;
  readonly w0: number;
  readonly b0: number;
  readonly reportEvery: number;
}

/** What a tutorial run leaves behind, used to check that contestants agree. */
export interface TutorialResult {
  readonly w: number;
  readonly b: number;
  /** Loss before each step's update. */
  readonly losses: Float64Array;
  /** One record per report: the loss at the reported w and b (after that step's update). */
  readonly reports: { epoch: number; loss: number; w: number; b: number }[];
}

/** Trains the neuron by hand: forward, MSE, ∂L/∂out = 2(out − y)/N, ∂L/∂w = Σ ∂L/∂outᵢ·xᵢ, ∂L/∂b = Σ ∂L/∂outᵢ. */
export function tutorialHandLoop(data: Samples, run: TutorialRun): TutorialResult {
  const { x, y, n } = data;
  let w = run.w0;
  let b = run.b0;
  const losses = new Float64Array(run.steps);
  const reports: TutorialResult['reports'] = [];
  for (let step = 0; step < run.steps; step++) {
    let loss = 0;
    let gw = 0;
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const d = xi * w + b - y[i]!;
      loss += d * d;
      const g = (2 * d) / n;
      gw += g * xi;
      gb += g;
    }
    losses[step] = loss / n;
    w -= run.lr * gw;
    b -= run.lr * gb;
    if ((step + 1) % run.reportEvery === 0) reports.push({ epoch: step + 1, loss: mse(data, w, b), w, b });
  }
  return { w, b, losses, reports };
}

/** The MSE of `x·w + b` over the samples, in sample order. */
function mse(data: Samples, w: number, b: number): number {
  let sum = 0;
  for (let i = 0; i < data.n; i++) {
    const d = data.x[i]! * w + b - data.y[i]!;
    sum += d * d;
  }
  return sum / data.n;
}
