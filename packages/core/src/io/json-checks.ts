/** Small validators shared by the model-file reader; each throws a ModelFileError naming the field. */
import { phrase } from '../check/phrase.js';
import { type NumberRule, satisfies, showValue } from '../check/rules.js';
import { ModelFileError } from '../errors.js';
import { CORE_PHRASES } from '../phrases.js';

/** A JSON object whose own keys have been checked. */
export type JsonObject = { readonly [key: string]: unknown };

type Book = typeof CORE_PHRASES;

/** The sentences of core's phrase book about one field of a model file: they take the field and the shown value first. */
type FieldProblem = {
  [K in keyof Book]: Parameters<Book[K]> extends [field: string, shown: string | null, ...more: unknown[]] ? K : never;
}[keyof Book];

/** What a field's sentence places after the field and the value. */
type More<K extends FieldProblem> = Parameters<Book[K]> extends [string, string | null, ...infer R] ? R : never;

/**
 * Throws `model file: <field> <what>, got <value>. <fix>` as a ModelFileError: the sentence `problem` of core's book,
 * with the value as shown, or null when the field has none (so a front end need not read `nothing`).
 */
export function fail<K extends FieldProblem>(field: string, problem: K, got: unknown, ...more: More<K>): never {
  const shown = got === undefined ? null : showValue(got);
  const values = [field, shown, ...more] as unknown as Parameters<Book[K]>;
  throw new ModelFileError(phrase(CORE_PHRASES, problem, ...values), field);
}

/** A plain object with exactly the allowed keys (and every one of `required`). */
export function object(v: unknown, field: string, keys: readonly string[]): JsonObject {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(field, 'fieldNotObject', v);
  for (const key of Object.keys(v)) {
    if (!keys.includes(key)) {
      fail(field === '' ? key : `${field}.${key}`, 'fieldUnknown', 'it', keys);
    }
  }
  for (const key of keys) if (!Object.hasOwn(v, key)) fail(join(field, key), 'fieldMissing', 'nothing');
  return v as JsonObject;
}

/** `a.b`, or `b` at the root. */
export function join(field: string, key: string): string {
  return field === '' ? key : `${field}.${key}`;
}

/** An array of at most `max` items. */
export function array(v: unknown, field: string, max: number): readonly unknown[] {
  if (!Array.isArray(v)) fail(field, 'fieldNotArray', v);
  if (v.length > max) fail(field, 'fieldTooManyItems', v, max);
  return v;
}

/** A number that satisfies `rule` (JSON has no NaN, but `1e999` reads as Infinity, which no rule allows). */
export function number(v: unknown, field: string, rule: NumberRule = {}): number {
  if (typeof v !== 'number' || !satisfies(v, rule)) fail(field, 'fieldNumber', v, rule);
  return v;
}

/** A non-empty string of at most `max` characters. */
export function text(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > max) {
    fail(field, 'fieldText', v, max);
  }
  return v;
}

/** An array of exactly `length` finite numbers, copied into a fresh array. */
export function numbers(v: unknown, field: string, length: number): number[] {
  const items = array(v, field, length);
  if (items.length !== length) fail(field, 'fieldNumberCount', v, length);
  const out: number[] = new Array(length);
  for (let i = 0; i < length; i++) out[i] = number(items[i], `${field}[${i}]`);
  return out;
}
