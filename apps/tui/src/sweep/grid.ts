import { parseNumber, phrase } from '@neuronlab/core';
import type { FlagSpec, RecipeFlags } from '@neuronlab/lab';
import { formatNumber, RECIPE_FLAGS } from '@neuronlab/lab';
import { usageError } from '../errors.js';
import { PHRASES } from '../i18n/errors-en.js';

/** One swept flag and the values it takes, as command-line text. */
export interface SweepAxis {
  /** The flag's key in RecipeFlags (`lr`). */
  readonly key: string;
  /** The flag as typed (`--lr`). */
  readonly flag: string;
  readonly values: readonly string[];
}

/** Most trials one sweep may have: a grid beyond this is surely a typo (`1..1e9`). */
const MAX_TRIALS = 1000;

/** A number between a range's ends as a flag value: four significant digits, in exponent form when small (`3.981e-5`). */
function numberText(x: number): string {
  return formatNumber(x, 4);
}

/**
 * The values of a range `a..b`: integers from a to b; `a..b:N` N evenly spaced values; `a..b:logN` N values evenly
 * spaced in log scale (both ends included).
 */
function rangeValues(flag: string, text: string): string[] {
  const m = /^([^.]+(?:\.[^.]+)?)\.\.([^:]+)(?::(log)?(\d+))?$/.exec(text);
  if (!m) {
    throw usageError('rangeForm', flag, JSON.stringify(text));
  }
  const a = parseNumber(flag, m[1]!, {});
  const b = parseNumber(flag, m[2]!, {});
  if (m[4] === undefined) {
    if (!Number.isInteger(a) || !Number.isInteger(b) || b < a) {
      throw usageError('rangeWhole', flag, JSON.stringify(text));
    }
    if (b - a >= MAX_TRIALS) throw usageError('rangeTooLong', flag, text, MAX_TRIALS);
    return Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
  }
  const n = parseNumber(phrase(PHRASES, 'rangeCount', flag), m[4], { integer: true, min: 2, max: MAX_TRIALS });
  if (m[3] === 'log' && (a <= 0 || b <= 0)) {
    throw usageError('rangeLogEnds', flag, JSON.stringify(text));
  }
  return Array.from({ length: n }, (_, i) => {
    const t = i / (n - 1);
    // the ends are given exactly, not recomputed through exp and log
    if (i === 0) return m[1]!;
    if (i === n - 1) return m[2]!;
    return numberText(m[3] === 'log' ? a * (b / a) ** t : a + (b - a) * t);
  });
}

/**
 * The values one flag's text stands for: a list, a range, or the single value itself. A flag whose one value is
 * itself a comma list (`--hidden 16,16`, `--features x1,x2,x1^2`: the recipe table's `commaList`) separates its
 * values by `;`, and takes no ranges.
 */
export function axisValues(spec: Pick<FlagSpec, 'flag' | 'commaList'>, text: string): string[] {
  const { flag, commaList = false } = spec;
  const parts = text.split(commaList ? ';' : ',').map((p) => p.trim());
  if (parts.some((p) => p === '')) {
    throw usageError('listEmptyValue', flag, JSON.stringify(text));
  }
  const values = parts.flatMap((p) => (!commaList && p.includes('..') ? rangeValues(flag, p) : [p]));
  return [...new Set(values)];
}

/** The recipe flags of a sweep's command line as axes (flags with one value are axes of one) and the rest. */
export function sweepAxes(flags: RecipeFlags): SweepAxis[] {
  const axes: SweepAxis[] = [];
  for (const spec of RECIPE_FLAGS) {
    const text = flags[spec.key];
    // repeatable flags (--option) and bare switches pass through to every trial as given
    if (typeof text !== 'string' || spec.repeatable) continue;
    axes.push({ key: spec.key, flag: spec.flag, values: axisValues(spec, text) });
  }
  return axes;
}

/** The grid: every combination of the axes' values, the first axis varying slowest. */
export function gridOf(axes: readonly SweepAxis[]): Array<Record<string, string>> {
  let grid: Array<Record<string, string>> = [{}];
  for (const axis of axes) grid = grid.flatMap((point) => axis.values.map((v) => ({ ...point, [axis.key]: v })));
  if (grid.length > MAX_TRIALS) {
    throw usageError('gridTooLarge', grid.length, MAX_TRIALS);
  }
  return grid;
}

/** The axes with more than one value: the settings that tell trials apart. */
export function varyingAxes(axes: readonly SweepAxis[]): SweepAxis[] {
  return axes.filter((a) => a.values.length > 1);
}
