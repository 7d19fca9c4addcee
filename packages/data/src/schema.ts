import { badValue, checkNumber, describeRule, type NumberRule, showValue } from '@neuronlab/core';

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
      throw new TypeError(
        `generateDataset: "${dataset}" has no option "${key}", got ${describe(options[key])}. ` +
          `Valid options: ${Object.keys(schema).join(', ')}.`,
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
  const where = `generateDataset: option "${key}" of "${dataset}"`;
  const hint = `Pass ${rangeText(spec)} or leave it out for the default ${String(spec.default)}.`;
  if (spec.type === 'boolean') {
    if (typeof value !== 'boolean') throw badValue(TypeError, where, 'true or false', value, hint);
    return value;
  }
  return checkNumber(where, value, { ...optionRule(spec), hint });
}

/** The number rule of a numeric option: its range, and whole numbers only for an integer option. */
export function optionRule(spec: OptionSpec): NumberRule {
  return {
    ...(spec.type === 'integer' ? { integer: true } : {}),
    ...(spec.min === undefined ? {} : { min: spec.min }),
    ...(spec.max === undefined ? {} : { max: spec.max }),
  };
}

/** `a number from 0 to 1`, `an integer from 2 to 10`, `a number >= 0`, `true or false`. */
export function rangeText(spec: OptionSpec): string {
  return spec.type === 'boolean' ? 'true or false' : describeRule(optionRule(spec));
}

/** A value as it should appear after `got` in an error message: core's showValue, by the name data's files use. */
export const describe: (value: unknown) => string = showValue;
