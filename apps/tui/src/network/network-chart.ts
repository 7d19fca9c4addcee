import type { NetworkReading } from '../session/worker-protocol.js';
import type { NetworkSelection } from './selection.js';

/** A reading on screen and what it was asked for: the selection it belongs to and its heatmap grid (px × py). */
export interface ShownReading {
  readonly reading: NetworkReading;
  readonly layer: number;
  readonly unit: number;
  readonly sample: number;
  readonly px: number;
  readonly py: number;
}

/** A network to draw inside: its shape, the training samples to pick from, and a way to read its numbers. */
export interface NetworkChart {
  readonly kind: 'network';
  /** What each of the model's inputs is called (a CSV's headers, the run's features), one per input. */
  readonly inputs: readonly string[];
  /** The layers, first hidden to output. */
  readonly layers: readonly { readonly units: number; readonly activation: string }[];
  /** Rows of the training set. */
  readonly samples: number;
  /** Sample i in the data's own units, and its target as text (`class 1`, `y = 0.42`). */
  readonly sample: (i: number) => { readonly x: readonly number[]; readonly target: string };
  /** Whether the inputs are a plane (2-D), over which each neuron's output can be drawn as a heatmap. */
  readonly plane: boolean;
  /**
   * The latest reading of the model at the shown epoch, for the selection and a px × py heatmap grid (0 × 0 for
   * none); asks the training thread again when either changed. Null while none has come.
   */
  readonly read: (s: NetworkSelection, px: number, py: number) => ShownReading | null;
}
