import { formatNumber } from '@neuronlab/lab';
import type { NetworkReading } from '../session/worker-protocol.js';
import { displayWidth } from '../text-width.js';

/** One neuron's numbers for one sample, all from a reading (the engine's own forward pass). */
export interface NeuronNumbers {
  /** The outputs of the layer before (the inputs, for the first layer) for the sample: the aᵢ. */
  readonly inputs: Float64Array;
  readonly weights: Float64Array;
  readonly bias: number;
  /** z = Σ wᵢ·aᵢ + b and a = act(z), as the engine computed them. */
  readonly z: number;
  readonly a: number;
  readonly activation: string;
  /** The neuron's index in its layer (a softmax output reads its own z among the layer's). */
  readonly unit: number;
}

/**
 * The numbers of neuron `unit` of layer `layer` at the reading's first row (the selected sample), or null when the
 * reading holds no weights for that neuron (it was made for another selection).
 */
export function neuronNumbers(
  r: NetworkReading,
  layer: number,
  unit: number,
  activation: string,
): NeuronNumbers | null {
  const values = r.layers[layer];
  if (r.neuron === null || values === undefined || unit >= values.units) return null;
  const fanIn = r.neuron.weights.length;
  const before = layer === 0 ? r.input : r.layers[layer - 1]?.a;
  if (before === undefined) return null;
  return {
    inputs: before.subarray(0, fanIn),
    weights: r.neuron.weights,
    bias: r.neuron.bias,
    z: values.z[unit] as number,
    a: values.a[unit] as number,
    activation,
    unit,
  };
}

const num = (v: number) => formatNumber(v, 3);
/** A factor in a product: negative numbers in parentheses, so `·` and `+` read unambiguously. */
const factor = (v: number) => (v < 0 ? `(${num(v)})` : num(v));

/** The parts of `a = tanh(z) = tanh(1.19) = 0.831`, with each activation's usual name. */
function activationParts(n: NeuronNumbers): string[] {
  const [z, a] = [num(n.z), `= ${num(n.a)}`];
  switch (n.activation) {
    case 'linear':
      return ['a = z', a];
    case 'sigmoid':
      return ['a = σ(z)', `= σ(${z})`, a];
    case 'relu':
      return ['a = max(0, z)', `= max(0, ${z})`, a];
    case 'softmax':
      return [`a = softmax(z)[${n.unit + 1}]`, `= e^${factor(n.z)} / Σⱼ e^zⱼ`, a];
    default:
      return [`a = ${n.activation}(z)`, `= ${n.activation}(${z})`, a];
  }
}

/** `a = tanh(z) = tanh(1.19) = 0.831`, with each activation's usual name. */
export function activationLine(n: NeuronNumbers): string {
  return activationParts(n).join(' ');
}

/** Joins parts with spaces into lines of at most `width` columns, breaking between parts (continuations indented). */
function wrap(parts: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (line !== '' && displayWidth(line) + 1 + displayWidth(part) > width) {
      lines.push(line);
      line = `    ${part}`;
    } else line = line === '' ? part : `${line} ${part}`;
  }
  lines.push(line);
  return lines;
}

/**
 * `z = Σ wᵢ·aᵢ + b = 1.23·0.52 + (-0.4)·(-0.31) + 0.12 = 1.19`, then `a = act(z) = …`, wrapped at `width` columns
 * between terms.
 */
export function formulaLines(n: NeuronNumbers, width: number): string[] {
  const terms = Array.from(n.weights, (w, i) => `${factor(w)}·${factor(n.inputs[i] as number)}`);
  const z = ['z = Σ wᵢ·aᵢ + b =', ...terms.map((t, i) => (i === 0 ? t : `+ ${t}`)), `+ ${factor(n.bias)}`];
  z.push(`= ${num(n.z)}`);
  return [...wrap(z, width), ...wrap(activationParts(n), width)];
}
