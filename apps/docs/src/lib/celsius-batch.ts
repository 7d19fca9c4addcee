import type { Batch } from '@neuronlab/core';
import { celsius } from '@neuronlab/data';

/** The tutorial's 100 samples (x = −50…49 °C, y in °F) as one full batch. */
export function celsiusBatch(): Batch {
  const data = celsius();
  return { x: data.x, y: data.y, n: data.n };
}

/** The exact conversion the neuron is trying to learn. */
export function fahrenheit(c: number): number {
  return (c * 9) / 5 + 32;
}
