import { badValue, checkNumber, type NumberRule, phrase, phraseError, showValue } from '@neuronlab/core';
import { DATA_PHRASES } from './phrases.js';

/** The kind of value an option takes; the docs pick a slider, a stepper or a checkbox from it. */
type OptionType = 'number' | 'integer' | 'boolean';

/** One option of a dataset generator: its kind, default, allowed range and a one-line description. */
export interface OptionSpec {
  readonly type: OptionType;
  readonly default: number | boolean;
  /** Smallest allowed value (numbers and integers only). */
  readonly min?: number;
  /** Largest allowed value (numbers and integers only). */
  readonly max?: number;
  readonly description: string;
}

/** Option name → specification, in the order the CLI and the docs list them. */
export type OptionSchema = Readonly<Record<string, OptionSpec>>;

/** Options after validation: every option of the schema present, defaults filled in. */
export type ResolvedOptions = Readonly<Record<string, number | boolean>>;

/**
 * Checks `options` against `schema` and fills in the defaults.
 *
 * Throws a TypeError for an unknown option or a value of the wrong kind and a RangeError for a number outside its
 * range; the message names the option, the dataset and the value.
 */
export function resolveOptions(
  dataset: string,
  schema: OptionSchema,
  options: Readonly<Record<string, unknown>> = {},
): ResolvedOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(
      `generateDataset: options of "${dataset}" must be an object, got ${describe(options)}. Pass e.g. { count: 100 }.`,
    );
  }
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(schema, key)) {
      const valid = Object.keys(schema);
      throw phraseError(
        TypeError,
        phrase(DATA_PHRASES, 'generatorNoOption', dataset, key, describe(options[key]), valid),
      );
    }
  }
  const resolved: Record<string, number | boolean> = {};
  for (const [key, spec] of Object.entries(schema)) {
    const value = options[key];
    resolved[key] = value === undefined ? spec.default : checkValue(dataset, key, spec, value);
  }
  return resolved;
}

function checkValue(dataset: string, key: string, spec: OptionSpec, value: unknown): number | boolean {
  const where = phrase(DATA_PHRASES, 'generatorOption', key, dataset);
  const rule = spec.type === 'boolean' ? null : optionRule(spec);
  const hint = phrase(DATA_PHRASES, 'optionRangeOrDefault', rule, spec.default);
  if (rule === null) {
    if (typeof value !== 'boolean') throw badValue(TypeError, where, phrase(DATA_PHRASES, 'trueOrFalse'), value, hint);
    return value;
  }
  return checkNumber(where, value, { ...rule, hint });
}

/** The number rule of a numeric option: its range, and whole numbers only for an integer option. */
export function optionRule(spec: OptionSpec): NumberRule {
  return {
    ...(spec.type === 'integer' ? { integer: true } : {}),
    ...(spec.min === undefined ? {} : { min: spec.min }),
    ...(spec.max === undefined ? {} : { max: spec.max }),
  };
}

/** A value as it should appear after `got` in an error message: core's showValue, by the name data's files use. */
export const describe: (value: unknown) => string = showValue;
