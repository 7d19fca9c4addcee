import type { ParamReport } from '@neuronlab/core';

/** One scalar parameter as an event reports it: its value and the gradient of the last step. */
export interface ScalarParam {
  readonly value: number;
  /** NaN when the event carried no gradient (the start event). */
  readonly grad: number;
}

/** The neuron's two parameters as reported in a training event. */
export interface NeuronParams {
  readonly w: ScalarParam;
  readonly b: ScalarParam;
}

function scalar(params: readonly ParamReport[], name: string): ScalarParam | null {
  const p = params.find((q) => q.name === name);
  const value = p?.values?.[0];
  if (value === undefined || p?.values?.length !== 1) return null;
  return { value, grad: p.grads?.[0] ?? Number.NaN };
}

/**
 * The neuron's w and b from an event's parameter reports, or null when they are not there (values not reported).
 * Call it only for a neuron: decide that from the model's kind (`model.kind === 'neuron'`, or the start event's
 * `model`), never from the names. Core's Neuron names its parameters `w` and `b`; this is the one place front ends
 * rely on that.
 */
export function neuronParams(params: readonly ParamReport[]): NeuronParams | null {
  const w = scalar(params, 'w');
  const b = scalar(params, 'b');
  return w && b ? { w, b } : null;
}
