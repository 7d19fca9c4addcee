import type { ParamReport } from './events.js';
import type { Param } from './types.js';

/** Builds the ParamReports of an event: norms always, values and grads for blocks of at most `upTo` entries. */
export function reportParams(params: readonly Param[], shapes: readonly (readonly number[])[], upTo: number) {
  const reports: ParamReport[] = new Array(params.length);
  for (let k = 0; k < params.length; k++) {
    const p = params[k]!;
    const norm = l2(p.value);
    const gradNorm = l2(p.grad);
    const shape = shapes[k]!;
    reports[k] =
      p.value.length <= upTo
        ? { name: p.name, shape, values: toArray(p.value), grads: toArray(p.grad), norm, gradNorm }
        : { name: p.name, shape, norm, gradNorm };
  }
  return reports;
}

// a plain loop: Array.from on a typed array is several times slower, and this runs on every event
function toArray(v: Float64Array): number[] {
  const out: number[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i]!;
  return out;
}

function l2(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  return Math.sqrt(s);
}
