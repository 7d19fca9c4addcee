// @neuronlab/core/tensor: tensors, the ops on them (each with its gradient), and the switches of autograd.
// Explicit named exports only: what is listed here is the API.
export { isGradEnabled, noGrad } from './autograd.js';
export type { Operand } from './ops/arithmetic.js';
export { add, div, mul, sub } from './ops/arithmetic.js';
export { linear, matmul } from './ops/matmul.js';
export type { Axes } from './ops/reduce.js';
export { max, mean, sum } from './ops/reduce.js';
export { reshape, transpose } from './ops/shape.js';
export { logSoftmax, logSumExp, softmax } from './ops/softmax.js';
export { abs, exp, leakyRelu, log, neg, pow, relu, sigmoid, sqrt, tanh } from './ops/unary.js';
export type { Shape, TensorOptions } from './tensor.js';
export { ones, scalar, Tensor, tensor, zeros } from './tensor.js';
