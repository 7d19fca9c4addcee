/**
 * An n-dimensional float64 array (row-major) that remembers how it was computed.
 *
 * Every op in `ops/` returns a new Tensor whose `parents` and `backwardFn` record the step, so `backward()` can walk
 * the graph in reverse and fill `grad` on every tensor that requires it. Tensors are immutable by convention: ops never
 * write into an input's `data` (optimizers do, in place, between steps).
 */
import { backward, freeGraph } from './autograd.js';
import { ShapeError } from './errors.js';

/** A tensor shape: one whole number per axis; `[]` is a scalar. */
export type Shape = readonly number[];

/** Options for creating a leaf tensor. */
export interface TensorOptions {
  /** Track gradients for this tensor (parameters do, data does not). @default false */
  readonly requiresGrad?: boolean;
  /** Name shown in errors and used for parameters (`layers.0.weight`). @default '' */
  readonly name?: string;
}

/** An n-d float64 tensor node of the autodiff graph. */
export class Tensor {
  /** The values, row-major; length equals `size`. */
  readonly data: Float64Array;
  /** The shape. */
  readonly shape: Shape;
  /** Number of elements (product of the shape). */
  readonly size: number;
  /** ∂(root)/∂(this) after `backward()`; for leaves that require grad it is allocated up front and accumulates. */
  grad: Float64Array | null;
  /** Whether gradients flow into this tensor. */
  readonly requiresGrad: boolean;
  /** Op that produced the tensor (`leaf` for created tensors), for debugging and errors. */
  readonly op: string;
  /** Name given at creation (parameters), or ''. */
  readonly name: string;
  /** Inputs of the op that produced this tensor (empty for leaves and after `freeGraph`). @internal */
  parents: readonly Tensor[];
  /** Adds this tensor's grad, pushed through the op's local derivative, into its parents' grads. @internal */
  backwardFn: (() => void) | null;
  /** Visit stamp used by the iterative topological sort. @internal */
  mark = 0;
  /** False when `data` is another tensor's buffer (reshape), so recycling must not hand it out. @internal */
  ownsData = true;
  /** A buffer the op computed in its forward pass for its backward (a fused loss's ∂L/∂input); recycled with the graph. @internal */
  saved: Float64Array | null = null;
  /**
   * Recomputes `data` (and `saved`) from the parents' current values, for ops that support replaying a recorded
   * graph (see `replayForward`); null for ops that do not. @internal
   */
  forwardFn: (() => void) | null = null;
  /** Set by ops whose backward can write their one input's grad whole (`=` instead of `+=`). @internal */
  writesInputGrad = false;
  /** Ops reading this tensor in the current backward pass. @internal */
  consumers = 0;
  /** True during a backward pass when this tensor's only consumer writes its grad whole, so it is not zeroed. @internal */
  gradOverwritten = false;

  constructor(data: Float64Array, shape: Shape, options: TensorOptions = NO_OPTIONS) {
    // op results come from fromOp with sizes the op already checked; skipping the re-check keeps steps cheap
    const size = options === OP_RESULT ? data.length : shapeSize(shape);
    if (size !== data.length) {
      throw new ShapeError(
        `tensor: data length must equal the product of the shape, got ${data.length} values for [${shape.join(',')}]. ` +
          'Pass as many values as the shape holds.',
      );
    }
    this.data = data;
    this.shape = shape;
    this.size = size;
    this.requiresGrad = options.requiresGrad === true;
    this.grad = this.requiresGrad ? new Float64Array(size) : null;
    this.op = 'leaf';
    this.name = options.name ?? '';
    this.parents = [];
    this.backwardFn = null;
  }

  /** Builds an op result; used by ops only. @internal */
  static fromOp(
    data: Float64Array,
    shape: Shape,
    op: string,
    parents: readonly Tensor[],
    backwardFn: (() => void) | null,
  ): Tensor {
    // Intermediate results get their grad buffer only when backward() reaches them.
    const t = new Tensor(data, shape, OP_RESULT);
    (t as { op: string }).op = op;
    if (backwardFn !== null) {
      (t as { requiresGrad: boolean }).requiresGrad = true;
      t.parents = parents;
      t.backwardFn = backwardFn;
    }
    return t;
  }

  /** Number of axes. */
  get rank(): number {
    return this.shape.length;
  }

  /** The single value of a one-element tensor. */
  item(): number {
    if (this.size !== 1) {
      throw new ShapeError(
        `item: tensor must hold exactly one value, got shape [${this.shape.join(',')}]. Reduce it first.`,
      );
    }
    return this.data[0]!;
  }

  /** The values as a plain array (row-major). */
  toArray(): number[] {
    return Array.from(this.data);
  }

  /** Reverse-mode autodiff from this scalar: accumulates ∂this/∂t into `t.grad` for every tensor t it depends on. */
  backward(): void {
    backward(this);
  }

  /** Zeroes this tensor's gradient (leaves keep their buffer, so Param views stay valid). */
  zeroGrad(): void {
    this.grad?.fill(0);
  }

  /** Drops the graph behind this tensor so it can be garbage collected right away. */
  freeGraph(): void {
    freeGraph(this);
  }

  /** A leaf tensor sharing this one's values, outside the graph (no gradient flows through it). */
  detach(): Tensor {
    return new Tensor(this.data, this.shape);
  }
}

const NO_OPTIONS: TensorOptions = {};
const OP_RESULT: TensorOptions = {};

/** Product of a shape's dimensions, checking each is a whole number. */
export function shapeSize(shape: Shape): number {
  let size = 1;
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) {
      throw new ShapeError(`tensor: dimensions must be whole numbers >= 0, got [${shape.join(',')}]. Fix the shape.`);
    }
    size *= d;
  }
  return size;
}

/** Formats a shape for error messages: `[2,3]`. */
export function fmt(shape: Shape): string {
  return `[${shape.join(',')}]`;
}

/** A tensor from values (a flat array or Float64Array used as is) and a shape; the shape defaults to `[n]`. */
export function tensor(values: ArrayLike<number>, shape?: Shape, options?: TensorOptions): Tensor {
  const data = values instanceof Float64Array ? values : Float64Array.from(values);
  return new Tensor(data, shape ?? [data.length], options);
}

/** A scalar (shape `[]`) tensor. */
export function scalar(value: number, options?: TensorOptions): Tensor {
  return new Tensor(Float64Array.of(value), [], options);
}

/** A tensor of zeros. */
export function zeros(shape: Shape, options?: TensorOptions): Tensor {
  return new Tensor(new Float64Array(shapeSize(shape)), shape, options);
}

/** A tensor of ones. */
export function ones(shape: Shape, options?: TensorOptions): Tensor {
  return new Tensor(new Float64Array(shapeSize(shape)).fill(1), shape, options);
}
