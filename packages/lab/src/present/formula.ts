import type { DatasetFacts, NormalizerStats } from '@neuronlab/data';
import { linearInRawUnits } from '@neuronlab/data';
import { formatNumber } from './format.js';

/** A straight line y = slope·x + intercept, in the data's own units. */
export interface Line {
  readonly slope: number;
  readonly intercept: number;
}

/**
 * The line a neuron with weight `w` and bias `b` has learned, in the data's own units: when it was trained on
 * normalized inputs, w and b are mapped back through the normalization (data's `linearInRawUnits`).
 */
export function learnedLine(w: number, b: number, normalization: NormalizerStats | null): Line {
  const raw = linearInRawUnits(normalization, { weights: [w], bias: b });
  return { slope: raw.weights[0]!, intercept: raw.bias };
}

/** The relation 1-feature data was drawn from, as a line (celsius: 1.8, 32), or null when none is known. */
export function truthLine(facts: DatasetFacts): Line | null {
  const t = facts.truth;
  if (t?.weights.length !== 1) return null;
  return { slope: t.weights[0]!, intercept: t.bias };
}

/** The symbols a formula writes for the input and the output (`C` and `F`). */
export interface FormulaSymbols {
  readonly x: string;
  readonly y: string;
}

/** The symbols of a dataset's first feature and first target. */
export function formulaSymbols(facts: DatasetFacts): FormulaSymbols {
  return { x: facts.features[0]?.symbol ?? 'x', y: facts.targets[0]?.symbol ?? 'y' };
}

/** Significant digits of the slope and the intercept in a formula. */
export interface FormulaDigits {
  /** @default 5 */
  readonly slope?: number;
  /** @default 4 */
  readonly intercept?: number;
}

/** The pieces of `y = slope·x ± |intercept|`, for a front end that styles or tags each one. */
export interface FormulaTerms {
  readonly y: string;
  readonly slope: string;
  readonly x: string;
  /** `+`, or `−` (a minus sign) for a negative intercept. */
  readonly sign: '+' | '−';
  /** The intercept's magnitude. */
  readonly intercept: string;
}

/** Splits a line into the terms of its formula. */
export function formulaTerms(
  line: Line,
  symbols: FormulaSymbols = { x: 'x', y: 'y' },
  digits: FormulaDigits = {},
): FormulaTerms {
  return {
    y: symbols.y,
    slope: formatNumber(line.slope, digits.slope ?? 5),
    x: symbols.x,
    sign: line.intercept < 0 ? '−' : '+',
    intercept: formatNumber(Math.abs(line.intercept), digits.intercept ?? 4),
  };
}

/** A line as a formula: `F = 1.7974·C + 27.74`. */
export function formatFormula(line: Line, symbols?: FormulaSymbols, digits?: FormulaDigits): string {
  const t = formulaTerms(line, symbols, digits);
  return `${t.y} = ${t.slope}·${t.x} ${t.sign} ${t.intercept}`;
}
