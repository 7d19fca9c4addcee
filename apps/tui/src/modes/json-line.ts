import type { TrainEvent } from '@neuronlab/core';
import { neuronParams } from '@neuronlab/lab';

/**
 * One `--json` line for a trainer event. The done line also carries the headline numbers at the top level so a
 * script need not dig: `weight` and `bias` when the model's kind is `neuron`, `accuracy` and `testAccuracy` for
 * classification.
 */
export function jsonLine(e: TrainEvent, modelKind: string): string {
  if (e.type !== 'done') return JSON.stringify(e);
  const extra: Record<string, number> = {};
  const p = modelKind === 'neuron' ? neuronParams(e.params) : null;
  if (p) {
    extra.weight = p.w.value;
    extra.bias = p.b.value;
  }
  if (e.metrics?.accuracy !== undefined) extra.accuracy = e.metrics.accuracy;
  if (e.metrics?.testAccuracy !== undefined) extra.testAccuracy = e.metrics.testAccuracy;
  return JSON.stringify({ ...e, ...extra });
}
