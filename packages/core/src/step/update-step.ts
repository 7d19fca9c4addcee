/** The optimizer's side of a traced step: the real update, with what it subtracted and (for Adam) its moments. */
import { Adam, adamDelta } from '../optim/adam.js';
import { Sgd } from '../optim/sgd.js';
import type { Optimizer, Param } from '../train/types.js';
import type { OptimizerStep, ParamUpdate } from './step-trace.js';

/**
 * Calls `optimizer.step(params, lr)` (the update training makes) and records, per block, the gradient, the values
 * before and after, and the amount subtracted: lr·grad for SGD; for Adam lr·m̂/(√v̂ + ε) from the moments it keeps;
 * for other optimizers the difference before − after.
 */
export function recordUpdate(optimizer: Optimizer, params: readonly Param[], lr: number): OptimizerStep {
  const before = params.map((p) => Array.from(p.value));
  const grads = params.map((p) => Array.from(p.grad));
  optimizer.step(params, lr);
  const updates = params.map((p, k): ParamUpdate => {
    const common = {
      name: p.name,
      shape: [...p.shape],
      grad: grads[k]!,
      before: before[k]!,
      after: Array.from(p.value),
    };
    if (optimizer instanceof Adam) return { ...common, ...adamParts(optimizer, p, lr) };
    const step =
      optimizer instanceof Sgd ? common.grad.map((g) => lr * g) : common.before.map((v, i) => v - common.after[i]!);
    return { ...common, step };
  });
  if (!(optimizer instanceof Adam)) return { name: optimizer.name, params: updates };
  const { beta1, beta2, epsilon, steps: t } = optimizer;
  return { name: optimizer.name, adam: { beta1, beta2, epsilon, t }, params: updates };
}

function adamParts(adam: Adam, p: Param, lr: number): Pick<ParamUpdate, 'step' | 'adam'> {
  const [m, v] = adam.moments(p.value)!;
  const [c1, c2] = adam.corrections();
  return {
    step: Array.from(m, (mi, i) => adamDelta(lr, mi, v[i]!, c1, c2, adam.epsilon)),
    adam: {
      m: Array.from(m),
      v: Array.from(v),
      mHat: Array.from(m, (mi) => mi / c1),
      vHat: Array.from(v, (vi) => vi / c2),
    },
  };
}
