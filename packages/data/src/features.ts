/**
 * Input features applied to a 2-input dataset. What each feature is (FEATURES: x1², x1·x2, sin x1, …) is defined once
 * in @neuronlab/core, beside the exporters that write the same features into other formats; this file computes them
 * for rows of data.
 */
import { badValue, type Dataset, featureNamed, phrase, phraseError } from '@neuronlab/core';
import { DATA_PHRASES } from './phrases.js';

/** The features of n points (x: n × 2 row-major), n × names.length row-major, in the order of `names`. */
export function featureValues(names: readonly string[], x: Float64Array, n: number): Float64Array {
  if (x.length !== 2 * n) {
    throw badValue(RangeError, 'featureValues: x', phrase(DATA_PHRASES, 'featureInputs', 2 * n), x.length);
  }
  const list = names.map(featureNamed);
  const k = list.length;
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const x1 = x[2 * i]!;
    const x2 = x[2 * i + 1]!;
    for (let j = 0; j < k; j++) out[i * k + j] = list[j]!.of(x1, x2);
  }
  return out;
}

/** A 2-input dataset with its inputs replaced by the named features; targets and everything else kept. */
export function withFeatures(names: readonly string[], data: Dataset): Dataset {
  if (data.inputDim !== 2) {
    throw phraseError(RangeError, phrase(DATA_PHRASES, 'featuresNeedTwoInputs', data.inputDim));
  }
  return { ...data, x: featureValues(names, data.x, data.n), inputDim: names.length, featureNames: [...names] };
}
