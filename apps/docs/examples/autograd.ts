import { add, mean, mul, pow, sub, tensor } from '@neuronlab/core/tensor';

/**
 * The neuron's loss built from tensor operations instead of by hand: the engine records each operation and
 * `backward()` walks them in reverse, filling `grad` of every tensor that asked for one.
 */
export function neuronGradientsByAutograd(w0: number, b0: number) {
  const x = tensor([-50, 0, 42], [3]);
  const y = tensor([-58, 32, 107.6], [3]);
  const w = tensor([w0], [1], { requiresGrad: true });
  const b = tensor([b0], [1], { requiresGrad: true });
  const out = add(mul(x, w), b); // outᵢ = xᵢ·w + b, broadcast over the samples
  const loss = mean(pow(sub(out, y), 2)); // L = Σ(outᵢ − yᵢ)² / N
  loss.backward();
  return { loss: loss.item(), dw: w.grad![0]!, db: b.grad![0]! };
}
