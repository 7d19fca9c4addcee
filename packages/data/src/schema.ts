/** The kind of value an option takes; the docs pick a slider, a stepper or a checkbox from it. */
export type OptionType = 'number' | 'integer' | 'boolean';

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
    if (typeof value !== 'boolean')
      throw new TypeError(`${where} must be true or false, got ${describe(value)}. ${hint}`);
    return value;
  }
  const wanted = `must be ${rangeText(spec)}`;
  if (typeof value !== 'number') throw new TypeError(`${where} ${wanted}, got ${describe(value)}. ${hint}`);
  const outside = (spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max);
  if (!Number.isFinite(value) || outside || (spec.type === 'integer' && !Number.isInteger(value))) {
    throw new RangeError(`${where} ${wanted}, got ${describe(value)}. ${hint}`);
  }
  return value;
}

/** `a number from 0 to 1`, `an integer from 2 to 10`, `a number >= 0`, `true or false`. */
export function rangeText(spec: OptionSpec): string {
  if (spec.type === 'boolean') return 'true or false';
  const kind = spec.type === 'integer' ? 'an integer' : 'a number';
  if (spec.min !== undefined && spec.max !== undefined) return `${kind} from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return `${kind} >= ${spec.min}`;
  if (spec.max !== undefined) return `${kind} <= ${spec.max}`;
  return kind;
}

/** A value as it should appear after `got` in an error message. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}
