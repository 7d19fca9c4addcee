/**
 * The one vocabulary for checking user-given values, shared by core, data and lab: a NumberRule says what a number
 * must be, and every check words its error the same way, `<where>: <what> must be <rule>, got <value>. <fix>`.
 */
import type { Phrase } from './phrase.js';

/** Where a bad value was given: a flag or a field path as it is typed, or a sentence that names it (`--hidden (in …)`). */
export type Label = string | Phrase;

/** A label's English. */
function labelText(label: Label): string {
  return typeof label === 'string' ? label : label.text;
}

/** What a number must satisfy. */
export interface NumberRule {
  /** Whole numbers only. @default false */
  readonly integer?: boolean;
  /** Smallest allowed value. */
  readonly min?: number;
  /** True when `min` itself is not allowed. @default false */
  readonly minExclusive?: boolean;
  /** Largest allowed value. */
  readonly max?: number;
  /** True when `max` itself is not allowed. @default false */
  readonly maxExclusive?: boolean;
  /** The fix to suggest (`Try 1e-4, the tutorial's rate.`), a sentence of its package's phrase book. */
  readonly hint?: Phrase;
}

// Error messages show what the user gave, but never the whole of a huge value read from a file
const LONGEST_SHOWN = 60;

/** Shows a bad value the way the user typed it: strings quoted, everything else as JSON, long values summarized. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > LONGEST_SHOWN ? `${value.slice(0, LONGEST_SHOWN)}…` : value);
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === undefined) return 'nothing';
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json !== undefined && json.length <= LONGEST_SHOWN) return json;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === 'object' && value !== null ? 'an object' : String(value);
}

/** Words for a rule: `a number > 0`, `an integer from 1 to 10000000`. */
export function describeRule(rule: NumberRule): string {
  const kind = rule.integer ? 'an integer' : 'a number';
  const { min, max } = rule;
  if (min !== undefined && max !== undefined && !rule.minExclusive && !rule.maxExclusive) {
    return `${kind} from ${min} to ${max}`;
  }
  const parts: string[] = [];
  if (min !== undefined) parts.push(`${rule.minExclusive ? '>' : '>='} ${min}`);
  if (max !== undefined) parts.push(`${rule.maxExclusive ? '<' : '<='} ${max}`);
  return parts.length === 0 ? `a finite ${kind.slice(kind.indexOf(' ') + 1)}` : `${kind} ${parts.join(' and ')}`;
}

/** What a bad value had to be: a number rule, one word of a list, or anything else as a sentence (`key=value`). */
export type Expected =
  | { readonly rule: NumberRule }
  | { readonly oneOf: readonly string[] }
  | { readonly phrase: Phrase };

/** Words for what was expected: `a number > 0`, `one of sgd, adam`, or the sentence. */
export function describeExpected(expected: Expected): string {
  if ('rule' in expected) return describeRule(expected.rule);
  if ('oneOf' in expected) return `one of ${expected.oneOf.join(', ')}`;
  return expected.phrase.text;
}

/** A bad value's error in parts, so a front end can word it in its own language instead of parsing the English. */
export interface BadValueParts {
  /** Where the value was given: a flag, a field path, a function's argument. */
  readonly label: Label;
  readonly expected: Expected;
  /** The value as the error line shows it (see showValue). */
  readonly shown: string;
  /** The fix to suggest, or null when there is none. */
  readonly hint: Phrase | null;
}

/** The project's error for a bad value (TypeError or RangeError as `kind` says), carrying its parts. */
export type BadValueError = (RangeError | TypeError) & { readonly badValue: BadValueParts };

/**
 * Makes the project's error for a bad value: the message is `<label> must be <what>, got <value>. <hint>`, and the
 * error carries the same parts (read them with badValueOf). A wrong kind of value is a TypeError, a value of the
 * right kind that breaks the rule a RangeError.
 */
export function badValue(
  kind: RangeErrorConstructor | TypeErrorConstructor,
  label: Label,
  expected: Expected | Phrase,
  value: unknown,
  hint?: Phrase,
): BadValueError {
  const parts: BadValueParts = {
    label,
    expected: 'key' in expected ? { phrase: expected } : expected,
    shown: showValue(value),
    hint: hint ?? null,
  };
  const fix = hint ? ` ${hint.text}` : '';
  const line = `${labelText(label)} must be ${describeExpected(parts.expected)}, got ${parts.shown}.${fix}`;
  // not enumerable: the error still compares and prints as the plain error it reads as
  return Object.defineProperty(new kind(line), 'badValue', { value: parts, enumerable: false }) as BadValueError;
}

/** The parts of an error made by badValue, or undefined for any other error. */
export function badValueOf(error: unknown): BadValueParts | undefined {
  if (!(error instanceof Error) || !('badValue' in error)) return undefined;
  return error.badValue as BadValueParts;
}

/** True when `n` is a finite number that satisfies `rule`. */
export function satisfies(n: number, rule: NumberRule): boolean {
  if (!Number.isFinite(n)) return false;
  if (rule.integer && !Number.isInteger(n)) return false;
  if (rule.min !== undefined && (rule.minExclusive ? n <= rule.min : n < rule.min)) return false;
  if (rule.max !== undefined && (rule.maxExclusive ? n >= rule.max : n > rule.max)) return false;
  return true;
}

/** Checks a number (from JSON or code) against a rule; a wrong kind is a TypeError, a bad value a RangeError. */
export function checkNumber(label: Label, value: unknown, rule: NumberRule): number {
  if (typeof value !== 'number') throw badValue(TypeError, label, { rule }, value, rule.hint);
  if (!satisfies(value, rule)) throw badValue(RangeError, label, { rule }, value, rule.hint);
  return value;
}

/** Parses a number typed on a command line (`1e-4`, `0.3`); rejects empty, partial (`3x`) and non-finite text. */
export function parseNumber(label: Label, text: string, rule: NumberRule): number {
  const trimmed = text.trim();
  // Number('') is 0 and Number('0x10') is 16: accept only plain decimal notation
  const n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!satisfies(n, rule)) throw badValue(RangeError, label, { rule }, text, rule.hint);
  return n;
}

/** Checks that `value` is one of `allowed`; a string outside the list is a RangeError, anything else a TypeError. */
export function checkChoice<T extends string>(label: Label, value: unknown, allowed: readonly T[], hint?: Phrase): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw badValue(typeof value === 'string' ? RangeError : TypeError, label, { oneOf: allowed }, value, hint);
}
