import type { Batch } from '@neuronlab/core';
import { celsius, type DatasetFacts, datasetFacts } from '@neuronlab/data';

/** The tutorial's 100 samples (x = −50…49 °C, y in °F) as one full batch. */
export function celsiusBatch(): Batch {
  const data = celsius();
  return { x: data.x, y: data.y, n: data.n };
}

/** What the tutorial's data says about itself: names, symbols, units (°C → °F) and its truth, 1.8·C + 32. */
export function celsiusFacts(): DatasetFacts {
  return datasetFacts(celsius());
}
