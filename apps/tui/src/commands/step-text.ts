/**
 * `neuronlab step` as text: one training step in the order the tutorial explains it (forward, loss, backward,
 * update), every number the engine's, exact by default (shortest round-trip decimals) or rounded to `digits`. The
 * formulas are written here, once; the words around them come from a message table's `step` section.
 */
import {
  excerpt,
  type LayerStep,
  type NetworkStep,
  type NeuronStep,
  type OptimizerStep,
  type ParamUpdate,
  type StepTrace,
} from '@neuronlab/core';
import { formatNumber, formatRate, type NormalizeMode } from '@neuronlab/lab';
import type { Messages } from '../i18n/messages-en.js';
import { displayWidth } from '../text-width.js';
import { type Column, tableLines } from './step-table.js';

/** The words of the step's text, in one language. */
type Words = Messages['step'];

/** How numbers are written: exact (null) or to this many significant digits. */
type Digits = number | null;

function num(x: number, digits: Digits): string {
  return digits === null ? String(x) : formatNumber(x, digits);
}

/** A number inside a written-out sum or product: negative in parentheses, so `+ (-0.6)·(-0.98)` reads unambiguously. */
function term(x: number, digits: Digits): string {
  return x < 0 ? `(${num(x, digits)})` : num(x, digits);
}

function column(head: string, values: readonly number[], digits: Digits): Column {
  return { head, cells: values.map((v) => num(v, digits)) };
}

/** Where the step sits: the epoch, the batch and the learning rate. */
function placeLine(t: StepTrace, w: Words): string {
  const batch =
    t.batches === 1
      ? w.fullBatch(String(t.batchSize))
      : w.miniBatch(String(t.batch + 1), String(t.batches), String(t.batchSize));
  return w.place(String(t.stepsBefore + 1), String(t.epoch + 1), batch, t.optimizer.name, formatRate(t.lr));
}

/** The neuron's step: the tutorial's names, in its order; the tutorial's mistake marked where it differs. */
function neuronText(t: NeuronStep, digits: Digits, only: number | null, words: Words): string[] {
  const d = (x: number) => num(x, digits);
  const rows = only === null ? t.x.map((_, i) => i) : [only];
  const pick = (values: readonly number[]) => rows.map((i) => values[i]!);
  const mistake = t.gradient === 'tutorial-mistake';
  const key: Column = { head: 'i', cells: rows.map(String) };
  const [w, b] = t.optimizer.params as [ParamUpdate, ParamUpdate];
  const i = only ?? 0;
  const example = `  ${words.example} out`;
  return [
    words.neuronTitle('out = w·x + b'),
    `  ${placeLine(t, words)}`,
    `  w = ${d(t.w)}`,
    `  b = ${d(t.b)}`,
    '',
    words.neuronForward('outᵢ = w·xᵢ + b', 'outᵢ − yᵢ'),
    ...tableLines(key, [
      column('xᵢ', pick(t.x), digits),
      column('yᵢ', pick(t.y), digits),
      column('outᵢ', pick(t.out), digits),
      column('outᵢ − yᵢ', pick(t.error), digits),
    ]),
    `${example}${sub(i)} = ${term(t.w, digits)}·${term(t.x[i]!, digits)} + ${term(t.b, digits)}`,
    // the result's = sits under the sample's subscript, however wide the words before `out` are
    `${' '.repeat(displayWidth(example))}= ${d(t.out[i]!)}`,
    '',
    words.neuronLoss('L = Σ(outᵢ − yᵢ)²/N', `N = ${t.batchSize}`),
    `  L = ${d(t.loss)}`,
    '',
    words.neuronBackward('∂L/∂outᵢ = 2(outᵢ − yᵢ)/N'),
    ...tableLines(key, [
      column('∂L/∂outᵢ', pick(t.dOut), digits),
      column(mistake ? '∂L/∂outᵢ·outᵢ' : '∂L/∂outᵢ·xᵢ', pick(t.dwTerms), digits),
    ]),
    ...(mistake
      ? [
          `  ∂L/∂w = Σ ∂L/∂outᵢ·outᵢ = ${d(t.dw)}`,
          `  ${words.mistake('xᵢ', 'outᵢ')}`,
          `    Σ ∂L/∂outᵢ·xᵢ = ${d(t.dwCorrect)}`,
        ]
      : [`  ∂L/∂w = Σ ∂L/∂outᵢ·xᵢ = ${d(t.dw)}`]),
    `  ∂L/∂b = Σ ∂L/∂outᵢ = ${d(t.db)}`,
    '',
    ...updateText(t.optimizer, t.lr, digits, ['w', 'b'], [w, b], words),
  ];
}

/** Subscript digits for a sample index: 7 → ₇. */
function sub(i: number): string {
  return String(i).replace(/\d/g, (c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]!);
}

/** The optimizer's update of every parameter block: SGD's lr·grad, Adam's moments, and the new values. */
function updateText(
  o: OptimizerStep,
  lr: number,
  digits: Digits,
  names: readonly string[],
  params: readonly ParamUpdate[],
  words: Words,
): string[] {
  const heads = words.columns;
  const key: Column = { head: heads.parameter, cells: names };
  const all = (f: (p: ParamUpdate) => readonly number[]) => params.flatMap(f);
  const rate = formatRate(lr);
  const head =
    o.adam === undefined
      ? [o.name === 'sgd' ? words.sgd(o.name, rate) : words.ownStep(o.name)]
      : words.adam(
          `${o.name}, t = ${o.adam.t}`,
          'm = β₁m + (1−β₁)g, v = β₂v + (1−β₂)g²',
          'm̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)',
          'lr·m̂/(√v̂ + ε)',
          `β₁ = ${o.adam.beta1}, β₂ = ${o.adam.beta2}, ε = ${o.adam.epsilon}`,
          rate,
        );
  const adamLines =
    o.adam === undefined
      ? []
      : [
          ...tableLines(key, [
            column(
              '∂L/∂·',
              all((p) => p.grad),
              digits,
            ),
            column(
              'm',
              all((p) => p.adam!.m),
              digits,
            ),
            column(
              'v',
              all((p) => p.adam!.v),
              digits,
            ),
            column(
              'm̂',
              all((p) => p.adam!.mHat),
              digits,
            ),
            column(
              'v̂',
              all((p) => p.adam!.vHat),
              digits,
            ),
          ]),
          '',
        ];
  return [
    ...head,
    ...adamLines,
    ...tableLines(key, [
      column(
        heads.old,
        all((p) => p.before),
        digits,
      ),
      ...(o.adam === undefined
        ? [
            column(
              '∂L/∂·',
              all((p) => p.grad),
              digits,
            ),
          ]
        : []),
      column(
        o.name === 'sgd' ? 'lr·∂L/∂·' : heads.step,
        all((p) => p.step),
        digits,
      ),
      column(
        heads.new,
        all((p) => p.after),
        digits,
      ),
    ]),
  ];
}

/** Entry names of a parameter block: `W₁[0,1]`, `b₂[0]`. */
function entryNames(p: ParamUpdate, label: string): string[] {
  if (p.shape.length === 2) {
    const cols = p.shape[1]!;
    return p.before.map((_, i) => `${label}[${Math.floor(i / cols)},${i % cols}]`);
  }
  return p.before.map((_, i) => `${label}[${i}]`);
}

function layerLabel(l: LayerStep, i: number, w: Words): string {
  return w.layer(String(i + 1), `${l.input.length} → ${l.units}, ${l.activation}`);
}

// up to this many inputs per neuron, each z is also written out term by term
const SPELLED_FAN_IN = 3;

/** zⱼ as its sum with the numbers in: one term per line, so exact numbers fit the width. */
function neuronSum(l: LayerStep, i: number, j: number, digits: Digits): string[] {
  const t = (x: number) => term(x, digits);
  const L = sub(i + 1);
  const symbols = l.input.map((_, k) => `a${sub(k)}·W${L}[${k},${j}]`).join(' + ');
  return [
    `  z${sub(j)} = ${symbols} + b${L}[${j}]`,
    ...l.input.map((a, k) => `     ${k === 0 ? '=' : '+'} ${t(a)}·${t(l.weight[k * l.units + j]!)}`),
    `     + ${t(l.bias[j]!)}`,
    `     = ${num(l.z[j]!, digits)}`,
  ];
}

/** A network's step: per layer forward for the chosen sample, the loss, backward layer by layer, the update. */
/** ` (cat)`: the name of the class a one-hot target marks, when the classes have names; else nothing. */
function targetClass(target: readonly number[], classes: readonly string[] | null): string {
  const c = target.indexOf(1);
  // a label may be long (a CSV cell holds up to 1024 characters): cut, so the line keeps to 80 columns
  return classes !== null && classes.length === target.length && c >= 0 ? ` (${excerpt(classes[c]!, 24)})` : '';
}

/**
 * The sample a network's step follows: its one input on the line, or several as a table of name and value, as the
 * first layer sees them (normalized when training normalizes).
 */
function inputLines(t: NetworkStep, digits: Digits, words: Words, names: StepNames): string[] {
  const x = t.layers[0]!.input;
  if (x.length === 1) return [`  ${words.follows(String(t.sample), `x = ${num(x[0]!, digits)}`)}`];
  const rows = { head: 'k', cells: x.map((_, k) => String(k)) };
  const named = { head: words.input, cells: x.map((_, k) => names.inputs[k] ?? `x${k + 1}`) };
  return [
    `  ${words.followsInputs(String(t.sample), names.normalize)}`,
    ...tableLines(rows, [named, column('xₖ', x, digits)]),
  ];
}

function networkText(t: NetworkStep, digits: Digits, words: Words, names: StepNames): string[] {
  const d = (x: number) => num(x, digits);
  const units = (l: LayerStep) => ({ head: 'j', cells: l.z.map((_, j) => String(j)) });
  const forward = t.layers.flatMap((l, i) => [
    `  ${layerLabel(l, i, words)}: zⱼ = Σₖ aₖ·W${sub(i + 1)}[k,j] + b${sub(i + 1)}[j], aⱼ = ${l.activation}(zⱼ)`,
    ...tableLines(units(l), [column('zⱼ', l.z, digits), column('aⱼ', l.a, digits)]),
    ...(l.input.length <= SPELLED_FAN_IN ? l.z.flatMap((_, j) => neuronSum(l, i, j, digits)) : []),
  ]);
  const backward = [...t.layers.entries()].reverse().flatMap(([i, l]) => [
    `  ${layerLabel(l, i, words)}`,
    // a loss fused with its output activation differentiates z directly, with no ∂L/∂a on the way
    ...(l.da === null ? [`  ${words.fusedLoss('∂L/∂zⱼ = (aⱼ − yⱼ)/N')}`] : []),
    ...tableLines(units(l), [
      ...(l.da === null ? [] : [column('∂L/∂aⱼ', l.da, digits)]),
      column('∂L/∂zⱼ', l.dz, digits),
      column(`Σ ∂L/∂b${sub(i + 1)}[j]`, l.dBias, digits),
    ]),
    ...tableLines({ head: 'k,j', cells: l.dWeight.map((_, e) => `${Math.floor(e / l.units)},${e % l.units}`) }, [
      column(`W${sub(i + 1)}[k,j]`, l.weight, digits),
      column(`Σ ∂L/∂W${sub(i + 1)}[k,j]`, l.dWeight, digits),
    ]),
  ]);
  const labels = t.optimizer.params.flatMap((p, k) =>
    entryNames(p, `${k % 2 === 0 ? 'W' : 'b'}${sub(Math.floor(k / 2) + 1)}`),
  );
  const arch = [t.layers[0]!.input.length, ...t.layers.map((l) => l.units)].join('-');
  return [
    words.networkTitle(arch),
    `  ${placeLine(t, words)}`,
    ...inputLines(t, digits, words, names),
    `  ${words.target(`y = ${t.target.map(d).join(', ')}${targetClass(t.target, names.classes)}`)}`,
    '',
    words.networkForward,
    ...forward,
    '',
    words.networkLoss(t.lossName, String(t.batchSize), `L = ${d(t.loss)}`),
    '',
    ...words.networkBackward(
      '∂L/∂zⱼ = ∂L/∂aⱼ·act′(zⱼ), ∂L/∂aₖ = Σⱼ Wₖⱼ·∂L/∂zⱼ',
      '∂L/∂W[k,j] = Σ aₖ·∂L/∂zⱼ, ∂L/∂b[j] = Σ ∂L/∂zⱼ',
    ),
    ...backward,
    '',
    ...updateText(t.optimizer, t.lr, digits, labels, t.optimizer.params, words),
  ];
}

/** What the run calls a network's inputs and classes, for the lines that name them. */
export interface StepNames {
  /** Each model input's name (inputNames of the run). */
  readonly inputs: readonly string[];
  /** How training normalizes the inputs, which the inputs shown are. */
  readonly normalize: NormalizeMode;
  /** A multiclass network's classes in output order, so its one-hot target says which one it marks; else null. */
  readonly classes: readonly string[] | null;
}

const UNNAMED: StepNames = { inputs: [], normalize: 'none', classes: null };

/**
 * The step as lines of at most 80 columns (numbers exact unless `digits`), in the words of `words`. `only` shows one
 * sample's row of the neuron's tables instead of every row (a network always follows `t.sample`, named by `names`).
 */
export function stepText(
  t: StepTrace,
  digits: Digits,
  only: number | null,
  words: Words,
  names: StepNames = UNNAMED,
): string {
  const lines = t.kind === 'neuron' ? neuronText(t, digits, only, words) : networkText(t, digits, words, names);
  return `${lines.join('\n')}\n`;
}
