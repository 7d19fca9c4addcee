import type { Dataset } from '@neuronlab/core';

/** Options of the `celsius` generator. */
export interface CelsiusOptions {
  /** First Celsius value. @default -50 */
  readonly start?: number;
  /** Number of samples, one degree apart. @default 100 */
  readonly count?: number;
}

/** The tutorial's data: x = start, start+1, …; y = x·9/5 + 32 (Fahrenheit). */
export function celsius(options: CelsiusOptions = {}): Dataset {
  const start = options.start ?? -50;
  const count = options.count ?? 100;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    x[i] = start + i;
    y[i] = ((start + i) * 9) / 5 + 32;
  }
  return {
    n: count,
    inputDim: 1,
    outputDim: 1,
    x,
    y,
    featureNames: ['celsius'],
    targetNames: ['fahrenheit'],
    task: 'regression',
    recipe: { generator: 'celsius', options: { start, count }, seed: null },
  };
}
