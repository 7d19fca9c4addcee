import type { ParamReport } from './events.js';
import type { Param } from './types.js';

/** Builds the ParamReports of an event: norms always, values and grads for blocks of at most `upTo` entries. */
export function reportParams(params: readonly Param[], shapes: readonly (readonly number[])[], upTo: number) {
  // A progress event can be built after every epoch, and the tutorial's epoch is only 100 multiply-adds: this stays
  // a plain indexed loop that allocates only the report objects and their value arrays (see packages/bench results,
  // case 1, the "every epoch" rows).
  const reports: ParamReport[] = new Array(params.length);
  for (let k = 0; k < params.length; k++) {
    const { name, value, grad } = params[k]!;
    const shape = shapes[k]!;
    if (value.length === 1 && upTo >= 1) {
      // one-entry blocks (the neuron's w and b) in one literal each: the generic path below costs twice as much
      const v = value[0]!;
      const g = grad[0]!;
      reports[k] = { name, shape, values: [v], grads: [g], norm: Math.sqrt(v * v), gradNorm: Math.sqrt(g * g) };
      continue;
    }
    reports[k] =
      value.length <= upTo
        ? { name, shape, values: toArray(value), grads: toArray(grad), norm: l2(value), gradNorm: l2(grad) }
        : { name, shape, norm: l2(value), gradNorm: l2(grad) };
  }
  return reports;
}

// a plain loop into a packed array: Array.from on a typed array is several times slower
function toArray(v: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < v.length; i++) out.push(v[i]!);
  return out;
}

function l2(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  return Math.sqrt(s);
}
