/**
 * One training step spelled out: the plain, JSON-serializable record `traceStep` returns. Every number in it is one
 * the engine computed on that step (forward values, the loss, the gradients, the optimizer's update), so a learner
 * can check the arithmetic by hand and a front end can print or draw it without doing any math of its own.
 */
import type { NeuronGradient } from '../neuron/neuron-math.js';

/** Where the step sits in training and what it used. */
export interface StepPlace {
  /** Epochs completed before this step (the `at` asked for). */
  readonly epoch: number;
  /** Which minibatch of epoch `epoch + 1` this step is, 0-based: the epoch's last, so its update ends that epoch. */
  readonly batch: number;
  /** Minibatches per epoch (1 for full batch). */
  readonly batches: number;
  /** Samples in this step's batch (N in the formulas). */
  readonly batchSize: number;
  /** Optimizer steps taken before this one. */
  readonly stepsBefore: number;
  /** The learning rate the trainer passed to the optimizer. */
  readonly lr: number;
  /** The chosen row of the batch (`sample`), followed through the network. */
  readonly sample: number;
}

/** The update of one parameter block: the gradient, what the optimizer subtracts, and the values before and after. */
export interface ParamUpdate {
  readonly name: string;
  readonly shape: readonly number[];
  /** ∂L/∂param over the step's batch (the gradient the optimizer was given). */
  readonly grad: readonly number[];
  /** Values before the step. */
  readonly before: readonly number[];
  /** Values after the step (the engine's own result). */
  readonly after: readonly number[];
  /** What was subtracted: before − step = after (SGD: lr·grad; Adam: lr·m̂/(√v̂ + ε)). */
  readonly step: readonly number[];
  /** Adam's state after this step: the moments and their bias-corrected forms; absent for other optimizers. */
  readonly adam?: AdamParts;
}

/** Adam's moments for one parameter block after the step. */
export interface AdamParts {
  /** m = β₁m + (1 − β₁)g */
  readonly m: readonly number[];
  /** v = β₂v + (1 − β₂)g² */
  readonly v: readonly number[];
  /** m̂ = m/(1 − β₁ᵗ) */
  readonly mHat: readonly number[];
  /** v̂ = v/(1 − β₂ᵗ) */
  readonly vHat: readonly number[];
}

/** The optimizer's side of the step. */
export interface OptimizerStep {
  readonly name: string;
  /** Adam's settings and its step count t after this step; absent for other optimizers. */
  readonly adam?: { readonly beta1: number; readonly beta2: number; readonly epsilon: number; readonly t: number };
  readonly params: readonly ParamUpdate[];
}

/** One step of the tutorial's neuron `out = w·x + b`, every sample of the batch in order. */
export interface NeuronStep extends StepPlace {
  readonly kind: 'neuron';
  readonly gradient: NeuronGradient;
  readonly w: number;
  readonly b: number;
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** outᵢ = w·xᵢ + b */
  readonly out: readonly number[];
  /** outᵢ − yᵢ */
  readonly error: readonly number[];
  /** Σ(outᵢ − yᵢ)² / N */
  readonly loss: number;
  /** ∂L/∂outᵢ = 2(outᵢ − yᵢ)/N */
  readonly dOut: readonly number[];
  /** ∂L/∂outᵢ · xᵢ (or · outᵢ with the tutorial's mistake): the terms of ∂L/∂w. */
  readonly dwTerms: readonly number[];
  /** ∂L/∂w as the step computed it (with the mistake when `gradient` says so). */
  readonly dw: number;
  /** ∂L/∂b = Σ ∂L/∂outᵢ */
  readonly db: number;
  /** The chain rule's ∂L/∂w = Σ ∂L/∂outᵢ · xᵢ; differs from `dw` only with the tutorial's mistake. */
  readonly dwCorrect: number;
  readonly optimizer: OptimizerStep;
}

/** One layer on the step, for the chosen sample (rows) and the batch (sums). */
export interface LayerStep {
  readonly units: number;
  readonly activation: string;
  /** The layer's input for the chosen sample (x for the first layer, the previous layer's a after). */
  readonly input: readonly number[];
  /** W, inputs × units row-major (W[k][j] joins input k to neuron j). */
  readonly weight: readonly number[];
  readonly bias: readonly number[];
  /** zⱼ = Σₖ aₖ·Wₖⱼ + bⱼ for the chosen sample. */
  readonly z: readonly number[];
  /** aⱼ = act(zⱼ) for the chosen sample. */
  readonly a: readonly number[];
  /** ∂L/∂zⱼ for the chosen sample (the batch's mean loss, so it carries the 1/N). */
  readonly dz: readonly number[];
  /** ∂L/∂aⱼ for the chosen sample; null where the loss reads z directly (a fused output activation). */
  readonly da: readonly number[] | null;
  /** ∂L/∂W = Σ over the batch of aₖ·∂L/∂zⱼ, inputs × units. */
  readonly dWeight: readonly number[];
  /** ∂L/∂b = Σ over the batch of ∂L/∂zⱼ. */
  readonly dBias: readonly number[];
}

/** One step of a sequential network. */
export interface NetworkStep extends StepPlace {
  readonly kind: 'sequential';
  readonly lossName: string;
  /** The chosen sample's target. */
  readonly target: readonly number[];
  readonly layers: readonly LayerStep[];
  /** The batch's mean loss. */
  readonly loss: number;
  readonly optimizer: OptimizerStep;
}

/** One spelled-out training step: of the tutorial's neuron or of a network. */
export type StepTrace = NeuronStep | NetworkStep;
