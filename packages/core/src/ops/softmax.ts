/**
 * Softmax family, derived from primitives. Subtracting the (detached) row maximum first keeps exp() finite for logits
 * like ±1000; the shift cancels mathematically, so no gradient needs to flow through it.
 */
import type { Tensor } from '../tensor.js';
import { add, sub } from './arithmetic.js';
import { max, sum } from './reduce.js';
import { exp, log } from './unary.js';

/** log Σ exp(x) over `axis`, kept as size 1, computed stably. @default axis -1 */
export function logSumExp(x: Tensor, axis = -1): Tensor {
  const m = max(x, axis, true).detach();
  return add(log(sum(exp(sub(x, m)), axis, true)), m);
}

/** log softmax over `axis`: x − logΣexp(x). @default axis -1 */
export function logSoftmax(x: Tensor, axis = -1): Tensor {
  return sub(x, logSumExp(x, axis));
}

/** softmax over `axis`: exp(log softmax). @default axis -1 */
export function softmax(x: Tensor, axis = -1): Tensor {
  return exp(logSoftmax(x, axis));
}
