/**
 * The benchmark's data, made here from seeds so every contestant trains on exactly the same numbers.
 */
import { Rng } from '@neuronlab/core';
import { celsius, spiral } from '@neuronlab/data';

/** Samples as row-major arrays, the layout every contestant starts from. */
export interface Samples {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly n: number;
  readonly inputDim: number;
  readonly outputDim: number;
}

/** The tutorial's data from @neuronlab/data: x = −50 … 49 (Celsius), y = 1.8x + 32 (Fahrenheit). */
export function celsiusSamples(): Samples {
  return celsius();
}

/** The playground's spiral from @neuronlab/data (two arms, 1.5 turns, noise 0.05): n points, label 1 for arm two. */
export function spiralSamples(n: number, seed: number): Samples {
  return spiral({ count: n }, seed);
}

/** Random pixel-like inputs in [0, 1) and random one-hot labels over `classes`. */
export function randomImageSamples(n: number, inputDim: number, classes: number, seed: number): Samples {
  const rng = new Rng(seed);
  const x = new Float64Array(n * inputDim);
  for (let i = 0; i < x.length; i++) x[i] = rng.next();
  const y = new Float64Array(n * classes);
  for (let i = 0; i < n; i++) y[i * classes + rng.int(classes)] = 1;
  return { x, y, n, inputDim, outputDim: classes };
}
