import type { TrainEvent } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';

/**
 * Inputs, in the data's own units (n × inputDim), at which the worker evaluates its model for the chart beside the
 * loss: the sorted xs of a 1-D regression, the pixel grid of a decision map. `id` tells predictions of one set apart.
 */
export interface ChartInputs {
  readonly id: number;
  readonly x: Float64Array;
  readonly n: number;
}

/** The model's outputs at the chart inputs `id`, as the model was at `epoch`. */
export interface Prediction {
  readonly id: number;
  readonly epoch: number;
  readonly values: Float64Array;
}

/**
 * Where the network panel looks, from now on: rows of inputs in the data's own units (n × inputDim; the selected
 * sample first, then the points of the plane's heatmap grid, if any) and the neuron whose incoming weights to send.
 * `id` tells readings of one probe apart.
 */
export interface NetworkProbe {
  readonly id: number;
  readonly x: Float64Array;
  readonly n: number;
  /** The selected neuron: its layer (0 = the first hidden layer) and its index in that layer. */
  readonly layer: number;
  readonly unit: number;
}

/** The selected neuron's incoming weights (one per output of the layer before) and bias, with their gradients. */
export interface NeuronWeights {
  readonly weights: Float64Array;
  readonly grads: Float64Array;
  readonly bias: number;
  readonly biasGrad: number;
}

/**
 * The network at the probe `id`'s inputs, as the model was at `epoch`: the inputs as the model sees them (the run's
 * features made and normalized when it has them; n × the model's inputs), every layer's z and a there (core's `layerActivations`), and the selected
 * neuron's weights (null when the probe names no neuron of this network).
 */
export interface NetworkReading {
  readonly id: number;
  readonly epoch: number;
  readonly input: Float64Array;
  readonly layers: readonly { readonly units: number; readonly z: Float64Array; readonly a: Float64Array }[];
  readonly neuron: NeuronWeights | null;
}

/** What the training thread trains: the run plan made on the main thread (plain data), and the report interval. */
export interface WorkerSetup {
  readonly plan: RunPlan;
  readonly reportEvery: number;
  /** Where to predict for the chart from the start; answered at once with the model before training. */
  readonly chart: ChartInputs | null;
}

/** Main → worker, first: the run to train. */
interface SetupMessage {
  readonly type: 'setup';
  readonly setup: WorkerSetup;
}

/** Main → worker: produce one more chunk of events. */
export interface PullMessage {
  readonly type: 'pull';
  /** Stop once the chunk's events cover this many epochs (Infinity: no limit). */
  readonly epochs: number;
  /** Stop once the chunk has trained this long, in milliseconds. */
  readonly ms: number;
}

/** Main → worker: stop the run at the next epoch boundary (its done event, reason 'aborted', still comes). */
interface AbortMessage {
  readonly type: 'abort';
}

/** Main → worker: the dashboard paused; answer every pull not yet started with an empty chunk. */
interface HoldMessage {
  readonly type: 'hold';
}

/** Main → worker: predict at these inputs from now on (the decision map was resized); answered at once. */
export interface ChartMessage {
  readonly type: 'chart';
  readonly chart: ChartInputs;
}

/** Main → worker: read the network at this probe from now on (the selection moved); answered at once. */
export interface ProbeMessage {
  readonly type: 'probe';
  readonly probe: NetworkProbe;
}

/** Main → worker: send the model as a model file, after the work asked for before this message. */
export interface SaveMessage {
  readonly type: 'save';
}

/** Everything the main thread sends. */
export type ToWorker =
  | SetupMessage
  | PullMessage
  | AbortMessage
  | HoldMessage
  | ChartMessage
  | ProbeMessage
  | SaveMessage;

/**
 * Worker → main: the next events (none for a pull cancelled by hold), and the chart's prediction and the network
 * panel's reading at the chunk's last event (null without chart inputs or a probe, without events, or when not due).
 */
export interface ChunkMessage {
  readonly type: 'chunk';
  readonly events: TrainEvent[];
  readonly prediction: Prediction | null;
  readonly reading: NetworkReading | null;
}

/** Worker → main: the answer to a chart message, the model as it is now. */
interface PredictionMessage {
  readonly type: 'prediction';
  readonly prediction: Prediction;
}

/** Worker → main: the answer to a probe message, the network as it is now. */
interface ReadingMessage {
  readonly type: 'reading';
  readonly reading: NetworkReading;
}

/**
 * Worker → main: the answer to a save message, the model at the epoch of the last event sent: the model file's text,
 * or why the model may not be saved (a NaN or infinite parameter).
 */
export type ModelMessage =
  | { readonly type: 'model'; readonly epoch: number; readonly text: string }
  | { readonly type: 'model'; readonly epoch: number; readonly refusal: string };

/** Everything the worker sends. */
export type FromWorker = ChunkMessage | PredictionMessage | ReadingMessage | ModelMessage;

/** True for the event that ends a run. */
export function isFinal(e: TrainEvent): boolean {
  return e.type === 'done' || e.type === 'error';
}

/** The epoch an event reports (0 for start). */
export function eventEpoch(e: TrainEvent): number {
  return e.type === 'start' ? 0 : e.type === 'done' ? e.epochs : e.epoch;
}
