/**
 * The reverse-mode engine: an iterative topological sort (no recursion, so graphs of any depth work) and the
 * gradient-mode switch that `noGrad` flips for evaluation.
 */
import type { Tensor } from './tensor.js';

let noGradDepth = 0;
let visitStamp = 0;

/** Whether ops currently record the graph (false inside `noGrad`). */
export function isGradEnabled(): boolean {
  return noGradDepth === 0;
}

/** Runs `fn` without recording the graph: results of ops inside it have no gradient and hold no parents. */
export function noGrad<T>(fn: () => T): T {
  noGradDepth++;
  try {
    return fn();
  } finally {
    noGradDepth--;
  }
}

/** Whether an op on these inputs must record a backward step. */
export function needsGrad(a: Tensor, b?: Tensor, c?: Tensor): boolean {
  if (noGradDepth !== 0) return false;
  return a.requiresGrad || (b?.requiresGrad ?? false) || (c?.requiresGrad ?? false);
}

/**
 * Tensors reachable from `root` through parents that require grad, each after all of its inputs (post-order).
 * An explicit stack replaces recursion, so a chain 100,000 ops deep does not overflow the call stack.
 */
function topologicalOrder(root: Tensor): Tensor[] {
  const stamp = ++visitStamp;
  const order: Tensor[] = [];
  // the explicit stack is reused between calls (a sort never nests), so a training step allocates only `order`
  const nodes = stackNodes;
  const next = stackNext;
  let top = 0;
  nodes[0] = root;
  next[0] = 0;
  root.mark = stamp;
  while (top >= 0) {
    const node = nodes[top]!;
    const i = next[top]!;
    if (i < node.parents.length) {
      next[top] = i + 1;
      const parent = node.parents[i]!;
      if (parent.mark !== stamp && parent.requiresGrad) {
        parent.mark = stamp;
        top++;
        nodes[top] = parent;
        next[top] = 0;
      }
    } else {
      nodes[top] = undefined;
      top--;
      order.push(node);
    }
  }
  return order;
}

const stackNodes: (Tensor | undefined)[] = [];
const stackNext: number[] = [];

/**
 * Backpropagates from a one-element `root`: sets ∂root/∂root = 1, resets intermediate grads, then runs each op's
 * backward in reverse topological order. Leaf grads accumulate (+=), so call `zeroGrad` between independent steps.
 * Returns the nodes it visited (inputs first), which `recycleGraph` can reuse.
 */
export function backward(root: Tensor): Tensor[] {
  if (root.size !== 1) {
    throw new RangeError(
      `backward: the root must hold one value, got shape [${root.shape.join(',')}]. Reduce it to a loss first (sum or mean).`,
    );
  }
  if (!root.requiresGrad) {
    throw new TypeError(
      'backward: the root does not depend on any tensor that requires grad. Create parameters with requiresGrad.',
    );
  }
  return backwardAlong(root, topologicalOrder(root));
}

/** `backward` along an order `topologicalOrder(root)` returned before, for a graph replayed with `replayForward`. */
export function backwardAlong(root: Tensor, order: Tensor[]): Tensor[] {
  markOverwrites(order);
  for (const node of order) {
    if (node.backwardFn === null) node.grad ??= new Float64Array(node.size);
    else if (node.gradOverwritten) node.grad ??= allocateOutput(node.size);
    else if (node.grad === null) node.grad = allocate(node.size);
    else zero(node.grad);
  }
  root.grad![0]! += 1;
  for (let i = order.length - 1; i >= 0; i--) order[i]!.backwardFn?.();
  return order;
}

/**
 * Flags each intermediate whose only consumer writes its grad whole (a fused loss), so that grad is neither zeroed
 * nor accumulated into: one pass over it instead of two. Leaves always accumulate.
 */
function markOverwrites(order: readonly Tensor[]): void {
  for (const node of order) {
    node.consumers = 0;
    node.gradOverwritten = false;
  }
  for (const node of order) for (const parent of node.parents) if (parent.requiresGrad) parent.consumers++;
  for (const node of order) {
    if (!node.writesInputGrad) continue;
    const input = node.parents[0]!;
    input.gradOverwritten = input.consumers === 1 && input.backwardFn !== null;
  }
}

/**
 * Whether a recorded graph (its topological order) can be replayed: every op node recomputes itself (`forwardFn`),
 * and every input outside the order is a true leaf. An op result that needs no grad is not in the order, so it would
 * not be recomputed and would go stale; such graphs are rebuilt every step instead.
 */
export function isReplayable(order: readonly Tensor[]): boolean {
  for (const node of order) {
    if (node.backwardFn === null) continue;
    if (node.forwardFn === null) return false;
    for (const parent of node.parents) if (!parent.requiresGrad && parent.op !== 'leaf') return false;
  }
  return true;
}

/**
 * Runs a recorded graph's forward again, inputs first, on the current values of its leaves (parameters updated by
 * an optimizer, a batch buffer refilled in place): the same ops on the same buffers, with no allocation. The graph
 * must pass `isReplayable`; follow with `backwardAlong` to get the new gradients.
 */
export function replayForward(order: readonly Tensor[]): void {
  for (const node of order) node.forwardFn?.();
}

/** Cuts every op node behind `root` loose from its inputs and drops intermediate grads, so the graph can be freed. */
export function freeGraph(root: Tensor): void {
  const order = topologicalOrder(root);
  for (const node of order) {
    if (node.backwardFn !== null) {
      node.backwardFn = null;
      node.parents = [];
      node.grad = null;
      node.saved = null;
      node.forwardFn = null;
    }
  }
}

// Buffers of freed graphs, by length, handed out again by `allocate`. Only `recycleGraph` and `recycleBuffer` fill it,
// and only NetworkModel calls them, on tensors it made itself and whose values never escape.
const pool = new Map<number, Float64Array[]>();
// enough for every op of a deep step without letting an odd burst of sizes hold memory forever
const POOL_LIMIT = 64;

/** A zero-filled buffer of `size` values, reused from a recycled graph when one of that size is free. */
export function allocate(size: number): Float64Array {
  const buffer = pool.get(size)?.pop();
  if (buffer === undefined) return new Float64Array(size);
  zero(buffer);
  return buffer;
}

/**
 * Sets every element to 0. Below FILL_FROM values a plain loop is cheaper than calling the builtin `fill`; above it
 * `fill` (a memset) is several times faster than the loop (a wide layer's weight gradient is 100,000 values).
 */
export function zero(buffer: Float64Array): void {
  if (buffer.length >= FILL_FROM) buffer.fill(0);
  else for (let i = 0; i < buffer.length; i++) buffer[i] = 0;
}

/** Where `fill` starts to beat the loop, measured in V8 on float64 buffers (they cost the same at about 24). */
const FILL_FROM = 32;

/** Like `allocate` but with stale contents: only for op outputs that write every element before anyone reads. */
export function allocateOutput(size: number): Float64Array {
  return pool.get(size)?.pop() ?? new Float64Array(size);
}

function release(buffer: Float64Array): void {
  let list = pool.get(buffer.length);
  if (list === undefined) {
    list = [];
    pool.set(buffer.length, list);
  }
  if (list.length < POOL_LIMIT) list.push(buffer);
}

/**
 * Returns a buffer nobody reads any more (an op output made inside `noGrad` and dropped) to the pool. Never pass a
 * leaf's values, a view, or the same buffer twice: the next ops that allocate may overwrite it.
 */
export function recycleBuffer(buffer: Float64Array): void {
  release(buffer);
}

/**
 * Like `freeGraph`, and also returns every op node's values and grad to the buffer pool. Only for graphs whose
 * intermediate tensors nobody else holds: the next op that allocates may overwrite them.
 */
export function recycleGraph(root: Tensor, order = topologicalOrder(root)): void {
  for (const node of order) {
    if (node.backwardFn === null) continue;
    if (node.grad !== null) release(node.grad);
    if (node.ownsData) release(node.data);
    if (node.saved !== null) release(node.saved);
    node.saved = null;
    node.forwardFn = null;
    node.backwardFn = null;
    node.parents = [];
    node.grad = null;
  }
}
