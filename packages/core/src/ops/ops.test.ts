import { describe, expect, it } from 'vitest';
import { ShapeError } from '../errors.js';
import { checkGradients, randomTensor } from '../grad-check.test-util.js';
import { tensor } from '../tensor.js';
import { add, div, mul, sub } from './arithmetic.js';
import { linear, matmul } from './matmul.js';
import { max, mean, sum } from './reduce.js';
import { reshape, transpose } from './shape.js';
import { logSoftmax, logSumExp, softmax } from './softmax.js';
import { abs, exp, leakyRelu, log, neg, pow, relu, sigmoid, sqrt, tanh } from './unary.js';

// Central differences with eps = 1e-6 on float64 carry about 1e-9 truncation + rounding error for smooth functions
// of values of order 1; 1e-6 leaves a wide margin while still catching any wrong derivative (errors of order 1).
const TOL = 1e-6;

describe('gradient check of every primitive against central differences', () => {
  const a = randomTensor([3, 4], 1);
  const b = randomTensor([3, 4], 2);
  const positive = randomTensor([3, 4], 3, 0.5, 2);
  // values kept away from 0 so the kinks of relu / leaky relu / abs are not straddled by ±eps
  const awayFromZero = tensor(
    a.data.map((v) => (Math.abs(v) < 0.1 ? v + 0.3 : v)),
    a.shape,
  );
  const cases: [
    string,
    (...xs: import('../tensor.js').Tensor[]) => import('../tensor.js').Tensor,
    import('../tensor.js').Tensor[],
  ][] = [
    ['add', add, [a, b]],
    ['sub', sub, [a, b]],
    ['mul', mul, [a, b]],
    ['div', div, [a, positive]],
    ['add with a broadcast row', add, [a, randomTensor([4], 4)]],
    ['mul with a broadcast column', mul, [a, randomTensor([3, 1], 5)]],
    ['sub with a broadcast scalar on the left', sub, [randomTensor([], 6), a]],
    ['div with broadcasting on both sides', div, [randomTensor([3, 1], 7), randomTensor([1, 4], 8, 0.5, 2)]],
    ['neg', neg, [a]],
    ['exp', exp, [a]],
    ['log', log, [positive]],
    ['pow 2', (x) => pow(x, 2), [a]],
    ['pow 3.5', (x) => pow(x, 3.5), [positive]],
    ['pow -1', (x) => pow(x, -1), [positive]],
    ['sqrt', sqrt, [positive]],
    ['abs', abs, [awayFromZero]],
    ['tanh', tanh, [a]],
    ['sigmoid', sigmoid, [a]],
    ['relu', relu, [awayFromZero]],
    ['leaky relu', (x) => leakyRelu(x, 0.1), [awayFromZero]],
    ['sum over all axes', (x) => sum(x), [a]],
    ['sum over axis 0', (x) => sum(x, 0), [a]],
    ['sum over axis -1 keeping dims', (x) => sum(x, -1, true), [a]],
    ['sum over two axes of a 3-d tensor', (x) => sum(x, [0, 2]), [randomTensor([2, 3, 4], 9)]],
    ['mean over axis 1', (x) => mean(x, 1), [a]],
    ['max over axis 1', (x) => max(x, 1), [a]],
    ['matmul', matmul, [a, randomTensor([4, 2], 10)]],
    ['linear', linear, [a, randomTensor([4, 5], 11), randomTensor([5], 12)]],
    [
      'linear with one input and one unit (its flat fast path)',
      linear,
      [randomTensor([6, 1], 14), randomTensor([1, 1], 15), randomTensor([1], 16)],
    ],
    [
      'linear above the small-size limit (the blocked kernel)',
      linear,
      [randomTensor([40, 12], 17), randomTensor([12, 10], 18), randomTensor([10], 19)],
    ],
    ['reshape', (x) => reshape(x, [2, -1]), [a]],
    ['transpose 2-d', (x) => transpose(x), [a]],
    ['transpose 3-d with a permutation', (x) => transpose(x, [1, 2, 0]), [randomTensor([2, 3, 4], 13)]],
    ['softmax', (x) => softmax(x), [a]],
    ['log softmax over axis 0', (x) => logSoftmax(x, 0), [a]],
    ['log-sum-exp', (x) => logSumExp(x), [a]],
  ];
  for (const [name, f, inputs] of cases) {
    it(`matches central differences for ${name}`, () => {
      expect(checkGradients(f, inputs).maxError).toBeLessThan(TOL);
    });
  }
});

describe('broadcasting', () => {
  it('adds a row vector to every row of a matrix', () => {
    const out = add(tensor([1, 2, 3, 4, 5, 6], [2, 3]), tensor([10, 20, 30]));
    expect(out.shape).toEqual([2, 3]);
    expect(out.toArray()).toEqual([11, 22, 33, 14, 25, 36]);
  });

  it('forms an outer shape from a column and a row', () => {
    const out = mul(tensor([1, 2], [2, 1]), tensor([3, 4, 5], [1, 3]));
    expect(out.shape).toEqual([2, 3]);
    expect(out.toArray()).toEqual([3, 4, 5, 6, 8, 10]);
  });

  it('sums gradients over broadcast rows', () => {
    const bias = tensor([0, 0, 0], [3], { requiresGrad: true });
    sum(add(tensor([1, 2, 3, 4, 5, 6], [2, 3]), bias)).backward();
    expect(Array.from(bias.grad!)).toEqual([2, 2, 2]);
  });

  it('names the op and both shapes when shapes do not broadcast', () => {
    expect(() => add(tensor([1, 2, 3], [3]), tensor([1, 2], [2]))).toThrowError(
      new ShapeError(
        'add: shapes cannot be broadcast together, got [3] and [2]. Trailing dimensions must be equal or 1.',
      ),
    );
  });
});

describe('shape errors', () => {
  it('reports both shapes when matmul inner dimensions differ', () => {
    expect(() => matmul(randomTensor([2, 3], 1), randomTensor([4, 2], 2))).toThrowError(
      'matmul: inner dimensions must match, got [2,3] and [4,2].',
    );
  });

  it('refuses a reshape that changes the number of values', () => {
    expect(() => reshape(randomTensor([2, 3], 1), [4, 2])).toThrow(ShapeError);
  });

  it('refuses an axis beyond the rank', () => {
    expect(() => sum(randomTensor([2, 3], 1), 2)).toThrow(/sum: axis out of range, got 2 for shape \[2,3\]/);
  });
});

describe('numerical stability', () => {
  it('computes softmax of ±1000 logits without overflow', () => {
    const out = softmax(tensor([1000, -1000, 999], [1, 3]));
    // exact values are 1/(1+e⁻¹), 0, e⁻¹/(1+e⁻¹); softmax goes through exp(log p), whose rounding of about 1e-16
    // in log p becomes ~1e-14 after shifting by 1000, so compare to 12 digits
    expect(out.data[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(out.data[1]).toBe(0);
    expect(out.data.every(Number.isFinite)).toBe(true);
  });

  it('evaluates sigmoid at ±1000 without NaN', () => {
    expect(sigmoid(tensor([1000, -1000])).toArray()).toEqual([1, 0]);
  });
});
