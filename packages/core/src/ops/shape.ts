/** Shape primitives: reshape (same values, new shape) and transpose (permute axes). */
import { allocateOutput, needsGrad } from '../autograd.js';
import { ShapeError } from '../errors.js';
import { fmt, type Shape, shapeSize, Tensor } from '../tensor.js';
import { stridedIndex } from './broadcast.js';

/** The same values with a new shape; one dimension may be -1 (inferred). */
export function reshape(x: Tensor, shape: Shape): Tensor {
  const target = inferShape(x, shape);
  const out: Tensor = Tensor.fromOp(
    x.data,
    target,
    'reshape',
    [x],
    needsGrad(x)
      ? () => {
          // row-major order is unchanged, so the gradient passes through element by element
          const g = out.grad!;
          const gx = x.grad!;
          for (let i = 0; i < g.length; i++) gx[i]! += g[i]!;
        }
      : null,
  );
  out.ownsData = false;
  return out;
}

function inferShape(x: Tensor, shape: Shape): number[] {
  const free = shape.indexOf(-1);
  const known = shape.reduce((p, d) => (d === -1 ? p : p * d), 1);
  const target = [...shape];
  if (free !== -1 && shape.lastIndexOf(-1) === free && known > 0 && x.size % known === 0) target[free] = x.size / known;
  if (target.some((d) => !Number.isInteger(d) || d < 0) || shapeSize(target) !== x.size) {
    throw new ShapeError(
      `reshape: cannot reshape ${fmt(x.shape)} (${x.size} values) to ${fmt(shape)}. The sizes must match.`,
    );
  }
  return target;
}

/** Permutes axes; without `perm` reverses them (the matrix transpose for 2-D). */
export function transpose(x: Tensor, perm?: readonly number[]): Tensor {
  const rank = x.rank;
  const p = perm ?? x.shape.map((_d, i) => rank - 1 - i);
  if (p.length !== rank || [...p].sort((a, b) => a - b).some((v, i) => v !== i)) {
    throw new ShapeError(`transpose: perm must list every axis once, got [${p.join(',')}] for shape ${fmt(x.shape)}.`);
  }
  const shape = p.map((a) => x.shape[a]!);
  const source = sourceIndex(x.shape, p, x.size);
  const data = allocateOutput(x.size);
  for (let i = 0; i < data.length; i++) data[i] = x.data[source[i]!]!;
  const out: Tensor = Tensor.fromOp(
    data,
    shape,
    'transpose',
    [x],
    needsGrad(x)
      ? () => {
          const g = out.grad!;
          const gx = x.grad!;
          for (let i = 0; i < g.length; i++) gx[source[i]!]! += g[i]!;
        }
      : null,
  );
  return out;
}

/** For each output element of the permuted tensor, the offset of its source element. */
function sourceIndex(shape: Shape, perm: readonly number[], size: number): Int32Array {
  const rank = shape.length;
  const inStrides = new Array<number>(rank);
  let s = 1;
  for (let i = rank - 1; i >= 0; i--) {
    inStrides[i] = s;
    s *= shape[i]!;
  }
  const outShape = perm.map((a) => shape[a]!);
  const strides = perm.map((a) => inStrides[a]!);
  return stridedIndex(outShape, strides, size);
}
