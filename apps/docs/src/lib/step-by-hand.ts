import type { Batch } from '@neuronlab/core';

/** Every number of one gradient-descent iteration, seen from one chosen sample and from the whole batch. */
export interface StepBreakdown {
  /** Index of the chosen sample. */
  readonly i: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly b: number;
  readonly lr: number;
  /** outᵢ = xᵢ·w + b, from the engine's forward pass. */
  readonly out: number;
  /** (outᵢ − yᵢ)², this sample's squared error. */
  readonly squaredError: number;
  /** ∂L/∂outᵢ = 2(outᵢ − yᵢ)/N. */
  readonly dOut: number;
  /** This sample's share of ∂L/∂w: ∂L/∂outᵢ · xᵢ. */
  readonly dwShare: number;
  /** This sample's share of ∂L/∂b: ∂L/∂outᵢ · 1. */
  readonly dbShare: number;
  /** The whole batch's loss and gradients, as the engine computed them. */
  readonly loss: number;
  readonly dw: number;
  readonly db: number;
  /** Parameters after the update w − lr·∂L/∂w, b − lr·∂L/∂b. */
  readonly wNext: number;
  readonly bNext: number;
}

/** What the engine reports for one iteration: outputs of the forward pass, the loss and both gradients. */
export interface EngineStep {
  readonly outputs: Float64Array;
  readonly loss: number;
  readonly dw: number;
  readonly db: number;
}

/**
 * Spells out one iteration for sample i. The per-sample shares are the terms of the engine's sums, so adding the
 * shares of every sample gives back `dw` and `db` (up to rounding).
 */
export function breakdownStep(
  batch: Batch,
  i: number,
  w: number,
  b: number,
  lr: number,
  engine: EngineStep,
): StepBreakdown {
  if (!Number.isInteger(i) || i < 0 || i >= batch.n) {
    throw new RangeError(`breakdownStep: sample index must be an integer from 0 to ${batch.n - 1}, got ${i}.`);
  }
  const x = batch.x[i]!;
  const y = batch.y[i]!;
  const out = engine.outputs[i]!;
  const dOut = (2 * (out - y)) / batch.n;
  return {
    i,
    x,
    y,
    w,
    b,
    lr,
    out,
    squaredError: (out - y) ** 2,
    dOut,
    dwShare: dOut * x,
    dbShare: dOut,
    loss: engine.loss,
    dw: engine.dw,
    db: engine.db,
    wNext: w - lr * engine.dw,
    bNext: b - lr * engine.db,
  };
}
