/** Small validators shared by the model-file reader; each throws a ModelFileError naming the field. */
import { describeRule, type NumberRule, satisfies, showValue } from '../check/rules.js';
import { ModelFileError } from '../errors.js';

/** A JSON object whose own keys have been checked. */
export type JsonObject = { readonly [key: string]: unknown };

/** Throws `<where>: <field> <what>, got <value>. <fix>` as a ModelFileError. */
export function fail(field: string, what: string, got: unknown, fix = 'Save the model again with neuronlab.'): never {
  const name = field === '' ? 'the file' : field;
  throw new ModelFileError(`model file: ${name} ${what}, got ${showValue(got)}. ${fix}`, field);
}

/** A plain object with exactly the allowed keys (and every one of `required`). */
export function object(v: unknown, field: string, keys: readonly string[]): JsonObject {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(field, 'must be an object', v);
  for (const key of Object.keys(v)) {
    if (!keys.includes(key)) {
      fail(
        field === '' ? key : `${field}.${key}`,
        'is not a field of this format',
        'it',
        `Allowed: ${keys.join(', ')}.`,
      );
    }
  }
  for (const key of keys) if (!Object.hasOwn(v, key)) fail(join(field, key), 'is missing', 'nothing');
  return v as JsonObject;
}

/** `a.b`, or `b` at the root. */
export function join(field: string, key: string): string {
  return field === '' ? key : `${field}.${key}`;
}

/** An array of at most `max` items. */
export function array(v: unknown, field: string, max: number): readonly unknown[] {
  if (!Array.isArray(v)) fail(field, 'must be an array', v);
  if (v.length > max) fail(field, `must have at most ${max} items`, v);
  return v;
}

/** A number that satisfies `rule` (JSON has no NaN, but `1e999` reads as Infinity, which no rule allows). */
export function number(v: unknown, field: string, rule: NumberRule = {}): number {
  if (typeof v !== 'number' || !satisfies(v, rule)) fail(field, `must be ${describeRule(rule)}`, v);
  return v;
}

/** A non-empty string of at most `max` characters. */
export function text(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > max) {
    fail(field, `must be a non-empty string of at most ${max} characters`, v);
  }
  return v;
}

/** An array of exactly `length` finite numbers, copied into a fresh array. */
export function numbers(v: unknown, field: string, length: number): number[] {
  const items = array(v, field, length);
  if (items.length !== length) fail(field, `must have ${length} numbers`, v);
  const out: number[] = new Array(length);
  for (let i = 0; i < length; i++) out[i] = number(items[i], `${field}[${i}]`);
  return out;
}
