/**
 * Elementwise binary primitives with broadcasting: add, sub, mul, div. Each backward sits under its forward and
 * hands the broadcast-shaped gradient to `accumulateUnbroadcast`, the one place that undoes broadcasting.
 */
import { allocateOutput, needsGrad } from '../autograd.js';
import { type Shape, scalar, Tensor } from '../tensor.js';
import { accumulateUnbroadcast, broadcastIndex, broadcastShapes } from './broadcast.js';

/** A tensor, or a plain number used as a constant scalar. */
export type Operand = Tensor | number;

interface Prepared {
  readonly a: Tensor;
  readonly b: Tensor;
  readonly shape: Shape;
  /** a's values laid out like the output (a.data itself when no broadcasting is needed). */
  readonly av: Float64Array;
  readonly bv: Float64Array;
}

/** Wraps a number as a constant scalar tensor. */
function asTensor(x: Operand): Tensor {
  return typeof x === 'number' ? scalar(x) : x;
}

function expand(t: Tensor, shape: Shape, size: number): Float64Array {
  if (t.size === size) return t.data;
  if (t.size === 1) return new Float64Array(size).fill(t.data[0]!);
  const index = broadcastIndex(t.shape, shape, size);
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) out[i] = t.data[index[i]!]!;
  return out;
}

function prepare(op: string, x: Operand, y: Operand): Prepared {
  const a = asTensor(x);
  const b = asTensor(y);
  if (sameShape(a.shape, b.shape)) return { a, b, shape: a.shape, av: a.data, bv: b.data };
  const shape = broadcastShapes(op, a.shape, b.shape);
  let size = 1;
  for (const d of shape) size *= d;
  return { a, b, shape, av: expand(a, shape, size), bv: expand(b, shape, size) };
}

/** Whether two shapes are identical. */
function sameShape(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function into(t: Tensor, g: Float64Array, shape: Shape): void {
  if (t.requiresGrad) accumulateUnbroadcast(t.grad!, t.shape, g, shape);
}

/** a + b (broadcasting). */
export function add(x: Operand, y: Operand): Tensor {
  const { a, b, shape, av, bv } = prepare('add', x, y);
  const data = allocateOutput(av.length);
  for (let i = 0; i < data.length; i++) data[i] = av[i]! + bv[i]!;
  const out: Tensor = Tensor.fromOp(
    data,
    shape,
    'add',
    [a, b],
    needsGrad(a, b)
      ? () => {
          // ∂(a+b)/∂a = ∂(a+b)/∂b = 1
          into(a, out.grad!, shape);
          into(b, out.grad!, shape);
        }
      : null,
  );
  return out;
}

/** a − b (broadcasting). */
export function sub(x: Operand, y: Operand): Tensor {
  const { a, b, shape, av, bv } = prepare('sub', x, y);
  const data = allocateOutput(av.length);
  for (let i = 0; i < data.length; i++) data[i] = av[i]! - bv[i]!;
  const out: Tensor = Tensor.fromOp(
    data,
    shape,
    'sub',
    [a, b],
    needsGrad(a, b)
      ? () => {
          const g = out.grad!;
          into(a, g, shape);
          if (b.requiresGrad) {
            const gb = new Float64Array(g.length);
            for (let i = 0; i < g.length; i++) gb[i] = -g[i]!;
            into(b, gb, shape);
          }
        }
      : null,
  );
  return out;
}

/** a · b elementwise (broadcasting). */
export function mul(x: Operand, y: Operand): Tensor {
  const { a, b, shape, av, bv } = prepare('mul', x, y);
  const data = allocateOutput(av.length);
  for (let i = 0; i < data.length; i++) data[i] = av[i]! * bv[i]!;
  const out: Tensor = Tensor.fromOp(
    data,
    shape,
    'mul',
    [a, b],
    needsGrad(a, b)
      ? () => {
          const g = out.grad!;
          // ∂(ab)/∂a = b, ∂(ab)/∂b = a
          if (a.requiresGrad) into(a, scaled(g, bv), shape);
          if (b.requiresGrad) into(b, scaled(g, av), shape);
        }
      : null,
  );
  return out;
}

/** a / b elementwise (broadcasting). */
export function div(x: Operand, y: Operand): Tensor {
  const { a, b, shape, av, bv } = prepare('div', x, y);
  const data = allocateOutput(av.length);
  for (let i = 0; i < data.length; i++) data[i] = av[i]! / bv[i]!;
  const out: Tensor = Tensor.fromOp(
    data,
    shape,
    'div',
    [a, b],
    needsGrad(a, b)
      ? () => {
          const g = out.grad!;
          // ∂(a/b)/∂a = 1/b, ∂(a/b)/∂b = −a/b²
          if (a.requiresGrad) {
            const ga = new Float64Array(g.length);
            for (let i = 0; i < g.length; i++) ga[i] = g[i]! / bv[i]!;
            into(a, ga, shape);
          }
          if (b.requiresGrad) {
            const gb = new Float64Array(g.length);
            for (let i = 0; i < g.length; i++) gb[i] = (-g[i]! * data[i]!) / bv[i]!;
            into(b, gb, shape);
          }
        }
      : null,
  );
  return out;
}

function scaled(g: Float64Array, v: Float64Array): Float64Array {
  const r = new Float64Array(g.length);
  for (let i = 0; i < g.length; i++) r[i] = g[i]! * v[i]!;
  return r;
}
