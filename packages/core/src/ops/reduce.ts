/**
 * Reductions over axes: sum and max are primitives, mean is sum scaled by 1/count. Each input element maps to one
 * output element through the same broadcast index the gradient uses, so forward and backward share one table.
 */
import { allocate, allocateOutput, needsGrad } from '../autograd.js';
import { ShapeError } from '../errors.js';
import { fmt, type Shape, Tensor } from '../tensor.js';
import { mul } from './arithmetic.js';
import { broadcastIndex } from './broadcast.js';

/** Axes to reduce: one axis, several, or all when omitted. Negative axes count from the end. */
export type Axes = number | readonly number[] | undefined;

interface Plan {
  /** Output shape with reduced axes kept as 1. */
  readonly kept: number[];
  /** Output shape as returned (kept, or with the reduced axes removed). */
  readonly shape: number[];
  /** For each input element, the offset of its output element; null when everything reduces to one value. */
  readonly index: Int32Array | null;
  readonly outSize: number;
}

/** Normalizes axes for `op` on a tensor of `shape` (sorted, unique, non-negative). */
function normalizeAxes(op: string, shape: Shape, axes: Axes): number[] {
  const rank = shape.length;
  const list = axes === undefined ? shape.map((_d, i) => i) : typeof axes === 'number' ? [axes] : [...axes];
  const out = new Set<number>();
  for (const axis of list) {
    if (!Number.isInteger(axis) || axis < -rank || axis >= rank) {
      throw new ShapeError(
        `${op}: axis out of range, got ${String(axis)} for shape ${fmt(shape)}. Use -${rank}..${rank - 1}.`,
      );
    }
    out.add(axis < 0 ? axis + rank : axis);
  }
  return [...out].sort((a, b) => a - b);
}

function plan(op: string, x: Tensor, axes: Axes, keepdims: boolean): Plan {
  const reduced = normalizeAxes(op, x.shape, axes);
  const kept = x.shape.map((d, i) => (reduced.includes(i) ? 1 : d));
  const shape = keepdims ? kept : x.shape.filter((_d, i) => !reduced.includes(i));
  const outSize = kept.reduce((p, d) => p * d, 1);
  const index = outSize === 1 ? null : broadcastIndex(kept, x.shape, x.size);
  return { kept, shape, index, outSize };
}

/** Sum over `axes` (all when omitted); `keepdims` keeps reduced axes as size 1. @default keepdims false */
export function sum(x: Tensor, axes?: Axes, keepdims = false): Tensor {
  const { shape, index, outSize } = plan('sum', x, axes, keepdims);
  const data = allocate(outSize);
  const xv = x.data;
  if (index === null) {
    let s = 0;
    for (let i = 0; i < xv.length; i++) s += xv[i]!;
    data[0] = s;
  } else {
    for (let i = 0; i < xv.length; i++) data[index[i]!]! += xv[i]!;
  }
  const out: Tensor = Tensor.fromOp(
    data,
    shape,
    'sum',
    [x],
    needsGrad(x)
      ? () => {
          // every input element contributes with weight 1 to its output element
          const g = out.grad!;
          const gx = x.grad!;
          if (index === null) for (let i = 0; i < gx.length; i++) gx[i]! += g[0]!;
          else for (let i = 0; i < gx.length; i++) gx[i]! += g[index[i]!]!;
        }
      : null,
  );
  return out;
}

/** Mean over `axes` (all when omitted): sum scaled by 1/count. @default keepdims false */
export function mean(x: Tensor, axes?: Axes, keepdims = false): Tensor {
  const reduced = normalizeAxes('mean', x.shape, axes);
  let count = 1;
  for (const a of reduced) count *= x.shape[a]!;
  return mul(sum(x, reduced, keepdims), 1 / count);
}

/** Maximum over `axes`; the gradient goes to the first maximal element of each group. @default keepdims false */
export function max(x: Tensor, axes?: Axes, keepdims = false): Tensor {
  const { shape, index, outSize } = plan('max', x, axes, keepdims);
  if (x.size === 0) throw new ShapeError(`max: cannot reduce an empty tensor, got shape ${fmt(x.shape)}.`);
  const data = allocateOutput(outSize).fill(-Infinity);
  const winner = new Int32Array(outSize).fill(-1);
  for (let i = 0; i < x.size; i++) {
    const o = index === null ? 0 : index[i]!;
    if (winner[o] === -1 || x.data[i]! > data[o]!) {
      data[o] = x.data[i]!;
      winner[o] = i;
    }
  }
  const out: Tensor = Tensor.fromOp(
    data,
    shape,
    'max',
    [x],
    needsGrad(x)
      ? () => {
          const g = out.grad!;
          for (let o = 0; o < outSize; o++) x.grad![winner[o]!]! += g[o]!;
        }
      : null,
  );
  return out;
}
