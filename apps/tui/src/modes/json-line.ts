import type { TrainEvent } from '@neuronlab/core';

/**
 * One `--json` line for a trainer event. The done line also carries the headline numbers at the top level so a
 * script need not dig: `weight` and `bias` for the neuron, `accuracy` and `testAccuracy` for classification.
 */
export function jsonLine(e: TrainEvent): string {
  if (e.type !== 'done') return JSON.stringify(e);
  const extra: Record<string, number> = {};
  const w = e.params.find((p) => p.name === 'w')?.values;
  const b = e.params.find((p) => p.name === 'b')?.values;
  if (e.params.length === 2 && w?.length === 1 && b?.length === 1) {
    extra.weight = w[0] as number;
    extra.bias = b[0] as number;
  }
  if (e.metrics?.accuracy !== undefined) extra.accuracy = e.metrics.accuracy;
  if (e.metrics?.testAccuracy !== undefined) extra.testAccuracy = e.metrics.testAccuracy;
  return JSON.stringify({ ...e, ...extra });
}
