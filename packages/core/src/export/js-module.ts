/**
 * A model file as one self-contained ES module: `predict(x)` for one sample, the weights inlined, the normalization
 * applied, the forward pass written out layer by layer. A model trained on input features takes raw x1, x2 and makes
 * its features first, each written out as the expression it is (`x1 * x2`, `detMath.sin(x1)`). It does what the
 * engine does for one sample, operation for operation: the same products, the same sums in the same order and the
 * same deterministic exp, log, tanh and sin (copied from src/math by scripts/build-det-math-source.mjs), so its
 * numbers are bit-identical to the engine's one-sample predictions.
 */

import type { Feature } from '../features/features.js';
import { DET_MATH_JS, DET_MATH_TS } from './det-math-source.js';
import {
  type ColumnMap,
  describePlan,
  type ForwardPlan,
  featureList,
  forwardPlan,
  type PlannedLayer,
} from './forward-plan.js';

/** Options of exportJsModule. */
export interface JsModuleOptions {
  /** Write TypeScript (typed signatures) instead of JavaScript. @default false */
  readonly typescript?: boolean;
}

/** A float64 as the shortest literal that reads back to the same bits (`-0` kept). */
function num(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

function list(values: readonly number[]): string {
  return `[${values.map(num).join(', ')}]`;
}

/** Writes one module; `t` adds a type annotation only in TypeScript. */
class Writer {
  readonly lines: string[] = [];
  constructor(readonly ts: boolean) {}
  t(annotation: string): string {
    return this.ts ? annotation : '';
  }
  /** Adds code lines; in JavaScript, TypeScript's non-null assertions are dropped. */
  add(...lines: string[]): void {
    this.lines.push(...(this.ts ? lines : lines.map(stripAssertions)));
  }
  /** Adds lines as they are (comments quoting the recipe, the math block). */
  raw(...lines: string[]): void {
    this.lines.push(...lines);
  }
}

const VECTOR = ': readonly number[]';
const MATRIX = ': readonly (readonly number[])[]';

function header(w: Writer, plan: ForwardPlan): void {
  w.raw(
    `// A neuronlab model as plain ${w.ts ? 'TypeScript' : 'JavaScript'}: ${describePlan(plan)}.`,
    `// Written by neuronlab from a model file made by ${JSON.stringify(plan.file.createdBy)}; no imports, no dependencies.`,
    '//',
    `// predict(x) takes one sample's ${plan.inputDim} raw input(s) and returns its ${plan.outputDim} raw output(s). It repeats`,
    "// neuronlab's arithmetic step for step (the same sums in the same order, the same exp/log/tanh/sin at the bottom",
    "// of this file), so its numbers are bit-identical to neuronlab's own prediction for one sample.",
    ...(plan.features
      ? [`// x is [x1, x2]; the model was trained on the features ${featureList(plan)} made from them.`]
      : []),
    `// Trained with: ${JSON.stringify(plan.file.recipe)}`,
    '',
  );
}

/** The input stage: constants and the function that maps raw inputs to what the first layer saw. */
function inputFunction(w: Writer, map: ColumnMap | null, features: boolean): void {
  if (map === null) {
    w.add(`/** The model was trained on ${features ? 'its features as they are' : 'raw inputs'}: nothing to do. */`);
    w.add(`function normalizeInputs(x${w.t(VECTOR)})${w.t(': number[]')} {`, '  return [...x];', '}', '');
    return;
  }
  const what = map.kind === 'standardize' ? 'mean and standard deviation' : 'minimum and range (max − min)';
  w.add(
    `// ${features ? 'Features' : 'Inputs'} were normalized for training: each column's ${what} in the training data.`,
  );
  w.add(`const INPUT_SHIFT = ${list(map.shift)};`, `const INPUT_SCALE = ${list(map.scale)};`, '');
  w.add('/** Raw inputs → what the network saw in training: (x − shift) / scale, per column. */');
  w.add(`function normalizeInputs(x${w.t(VECTOR)})${w.t(': number[]')} {`);
  w.add('  return x.map((v, c) => (v - INPUT_SHIFT[c]!) / INPUT_SCALE[c]!);', '}', '');
}

/** One feature as a JavaScript expression of x1 and x2. */
function featureExpression(f: Feature): string {
  const t = f.term;
  const input = (i: 0 | 1) => `x${i + 1}`;
  switch (t.op) {
    case 'input':
      return input(t.input);
    case 'square':
      return `${input(t.input)} * ${input(t.input)}`;
    case 'product':
      return 'x1 * x2';
    case 'sin':
      return `detMath.sin(${input(t.input)})`;
  }
}

/** The features: raw x1, x2 → the inputs the model was trained on (nothing when it saw raw inputs). */
function featureFunction(w: Writer, features: readonly Feature[] | null): void {
  if (features === null) return;
  // declare only the inputs some feature reads
  const reads = (i: 0 | 1) => features.some((f) => f.term.op === 'product' || f.term.input === i);
  w.add(`/** Raw x1, x2 → the features the model was trained on: ${features.map((f) => f.name).join(', ')}. */`);
  w.add(`function features(x${w.t(VECTOR)})${w.t(': number[]')} {`);
  if (reads(0)) w.add('  const x1 = x[0]!;');
  if (reads(1)) w.add('  const x2 = x[1]!;');
  w.add(`  return [${features.map(featureExpression).join(', ')}];`, '}', '');
}

/** The output stage: undoes the target normalization. */
function outputFunction(w: Writer, map: ColumnMap | null): void {
  if (map === null) return;
  w.add('// Targets were normalized for training: the network answers in normalized units.');
  w.add(`const TARGET_SHIFT = ${list(map.shift)};`, `const TARGET_SCALE = ${list(map.scale)};`, '');
  w.add('/** The network’s outputs → raw targets: y · scale + shift, per column. */');
  w.add(`function denormalizeTargets(y${w.t(VECTOR)})${w.t(': number[]')} {`);
  w.add('  return y.map((v, c) => v * TARGET_SCALE[c]! + TARGET_SHIFT[c]!);', '}', '');
}

function layerConstants(w: Writer, layer: PlannedLayer, i: number): void {
  const n = i + 1;
  w.add(
    `// Layer ${n}: ${layer.inputs} input(s) → ${layer.units} unit(s), ${layer.activation}. W${n}[i][j] joins input i to unit j.`,
  );
  w.add(`const W${n}${w.t(MATRIX)} = [`);
  for (let r = 0; r < layer.inputs; r++)
    w.add(`  ${list(layer.weight.slice(r * layer.units, (r + 1) * layer.units))},`);
  w.add('];', `const B${n} = ${list(layer.bias)};`, '');
}

/** The statement computing layer n's outputs h{n} from `input`. */
function layerStatement(layer: PlannedLayer, n: number, input: string): string {
  const z = `dense(${input}, W${n}, B${n})`;
  const apply: Record<string, string> = {
    linear: z,
    relu: `${z}.map((v) => Math.max(v, 0))`,
    'leaky-relu': `${z}.map((v) => (v > 0 ? v : 0.01 * v))`,
    tanh: `${z}.map((v) => detMath.tanh(v))`,
    sigmoid: `${z}.map((v) => detMath.sigmoid(v))`,
    softmax: `softmax(${z})`,
  };
  return `  const h${n} = ${apply[layer.activation]!}; // ${layer.units} × ${layer.activation}`;
}

function predictFunction(w: Writer, plan: ForwardPlan): void {
  w.add(`/** The model's ${plan.outputDim} output(s) for one sample's ${plan.inputDim} raw input(s). */`);
  w.add(`export function predict(x${w.t(VECTOR)})${w.t(': number[]')} {`);
  w.add(`  if (x.length !== ${plan.inputDim}) {`);
  w.add(`    throw new RangeError(\`predict: x must hold ${plan.inputDim} number(s), got \${x.length}.\`);`, '  }');
  w.add(`  const h0 = normalizeInputs(${plan.features ? 'features(x)' : 'x'});`);
  if (plan.kind === 'neuron') {
    w.add("  // the tutorial's neuron: out = x·w + b");
    w.add('  const h1 = [h0[0]! * W1[0]![0]! + B1[0]!];');
  } else {
    plan.layers.forEach((layer, i) => {
      w.add(layerStatement(layer, i + 1, `h${i}`));
    });
  }
  const last = `h${plan.layers.length}`;
  w.add(`  return ${plan.output ? `denormalizeTargets(${last})` : last};`, '}', '');
}

function helpers(w: Writer, plan: ForwardPlan): void {
  const used = new Set<string>(plan.layers.map((l) => l.activation));
  if (plan.features?.some((f) => f.term.op === 'sin')) used.add('sin');
  const args = `x${w.t(VECTOR)}, W${w.t(MATRIX)}, b${w.t(VECTOR)}`;
  if (plan.kind !== 'neuron') {
    w.add('/** x·W + b for one sample: each output starts at its bias and adds x[i]·W[i][j] in input order. */');
    w.add(`function dense(${args})${w.t(': number[]')} {`, '  const out = [...b];');
    w.add('  for (let i = 0; i < x.length; i++) {');
    w.add('    for (let j = 0; j < out.length; j++) out[j]! += x[i]! * W[i]![j]!;', '  }', '  return out;', '}', '');
  }
  if (used.has('softmax')) {
    w.add('/** exp(z − log Σ exp(z)): the largest z is subtracted first, so exp cannot overflow. */');
    w.add(`function softmax(z${w.t(': number[]')})${w.t(': number[]')} {`, '  let m = z[0]!;');
    w.add(
      '  for (const v of z) if (v > m) m = v;',
      '  let sum = 0;',
      '  for (const v of z) sum += detMath.exp(v - m);',
    );
    w.add('  const logSum = detMath.log(sum) + m;', '  return z.map((v) => detMath.exp(v - logSum));', '}', '');
  }
  if (['tanh', 'sigmoid', 'softmax', 'sin'].some((name) => used.has(name))) {
    w.raw(
      "// ── neuronlab's deterministic math. Math.exp, Math.tanh and Math.sin may differ in their last bit between JavaScript",
      '// engines; these functions use only + − × ÷ in a fixed order, so they give the same bits everywhere.',
      'const detMath = (() => {',
      w.ts ? DET_MATH_TS : DET_MATH_JS,
      '  return { exp, log, tanh, sigmoid, sin };',
      '})();',
      '',
    );
  }
}

/** A self-contained ES module (JavaScript, or TypeScript with `typescript`) whose `predict(x)` runs the model. */
export function exportJsModule(model: unknown, options: JsModuleOptions = {}): string {
  const plan = forwardPlan(model);
  const w = new Writer(options.typescript === true);
  header(w, plan);
  featureFunction(w, plan.features);
  inputFunction(w, plan.input, plan.features !== null);
  plan.layers.forEach((layer, i) => {
    layerConstants(w, layer, i);
  });
  outputFunction(w, plan.output);
  predictFunction(w, plan);
  helpers(w, plan);
  return `${w.lines.join('\n').trimEnd()}\n`;
}

/** Removes TypeScript's postfix `!` (non-null assertion) from a line of code, leaving `!==` and `!x` alone. */
function stripAssertions(code: string): string {
  return code.replace(/([\w\])])!(?!=)/g, '$1');
}
