/**
 * Broadcasting (numpy rules: align shapes on the right; a dimension of 1 stretches) and the one helper that undoes it
 * for gradients by summing over every stretched axis.
 */
import { ShapeError } from '../errors.js';
import { fmt, type Shape } from '../tensor.js';

/** The broadcast shape of `a` and `b`, or a ShapeError naming `op` and both shapes. */
export function broadcastShapes(op: string, a: Shape, b: Shape): number[] {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new ShapeError(
        `${op}: shapes cannot be broadcast together, got ${fmt(a)} and ${fmt(b)}. ` +
          'Trailing dimensions must be equal or 1.',
      );
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/** Strides for reading a tensor of `shape` as if it had `outShape` (0 on broadcast axes). */
function broadcastStrides(shape: Shape, outShape: Shape): number[] {
  const rank = outShape.length;
  const strides = new Array<number>(rank).fill(0);
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    const axis = rank - shape.length + i;
    strides[axis] = shape[i] === 1 && outShape[axis] !== 1 ? 0 : stride;
    stride *= shape[i]!;
  }
  return strides;
}

/**
 * For each element of `outShape` (row-major), the offset of the element it reads in a tensor of `shape`.
 * Used by the general broadcasting path; same-shape and scalar cases never build it.
 */
export function broadcastIndex(shape: Shape, outShape: Shape, outSize: number): Int32Array {
  return stridedIndex(outShape, broadcastStrides(shape, outShape), outSize);
}

/**
 * Walks an output of `outShape` in row-major order and records, for each element, the source offset reached by
 * stepping `strides` along each axis: the one loop behind broadcasting reads and transposes.
 */
export function stridedIndex(outShape: Shape, strides: readonly number[], size: number): Int32Array {
  const rank = outShape.length;
  const index = new Int32Array(size);
  const counter = new Array<number>(rank).fill(0);
  let offset = 0;
  for (let i = 0; i < size; i++) {
    index[i] = offset;
    for (let axis = rank - 1; axis >= 0; axis--) {
      counter[axis]!++;
      offset += strides[axis]!;
      if (counter[axis]! < outShape[axis]!) break;
      offset -= strides[axis]! * counter[axis]!;
      counter[axis] = 0;
    }
  }
  return index;
}

/**
 * Adds a gradient `g` of the broadcast output (shape `outShape`) into `target` (a tensor of `shape`), summing over
 * the axes that broadcasting stretched. The only place where broadcasting is undone.
 */
export function accumulateUnbroadcast(target: Float64Array, shape: Shape, g: Float64Array, outShape: Shape): void {
  if (target.length === g.length) {
    for (let i = 0; i < g.length; i++) target[i]! += g[i]!;
    return;
  }
  if (target.length === 1) {
    let s = 0;
    for (let i = 0; i < g.length; i++) s += g[i]!;
    target[0]! += s;
    return;
  }
  const index = broadcastIndex(shape, outShape, g.length);
  for (let i = 0; i < g.length; i++) target[index[i]!]! += g[i]!;
}
