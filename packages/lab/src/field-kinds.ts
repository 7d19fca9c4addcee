/**
 * The shape of one row of the recipe table and the constructors for its common kinds (a number, a choice). Each row
 * knows its flag, its place in the recipe, its rule, its default and its help; fields.ts lists the rows.
 */
import type { NumberRule, Phrase, TaskKind } from '@neuronlab/core';
import { checkChoice, checkNumber, parseNumber } from '@neuronlab/core';
import type { ModelKind } from './recipe.js';

/** What a default or a rule may depend on: the dataset, the model kind and the task. */
export interface FieldContext {
  readonly dataset: string;
  readonly kind: ModelKind;
  readonly task: TaskKind;
  /** Hidden layers of an mlp, once `model.hidden` is read. @default 1 */
  readonly hiddenLayers?: number;
}

/** Command-line text as commander hands it over, keyed by the flag's camel-case name (`--batch-size` → batchSize). */
export type RecipeFlags = { readonly [key: string]: string | boolean | readonly string[] | undefined };

/** How the command line spells one flag: `--lr <rate>` and its help line. */
export interface FlagSpec {
  /** The flag's camel-case name, its key in RecipeFlags (`batchSize`). */
  readonly key: string;
  /** The long flag (`--batch-size`). */
  readonly flag: string;
  /** A one-letter alias (`-o`). */
  readonly short?: string;
  /** The value placeholder: `<n>` for a required value, `[method]` for an optional one. */
  readonly arg: string;
  /** The help line, ending with the default when it has one. */
  readonly help: string;
  /** True when the flag may be given more than once (its values are collected in a list). */
  readonly repeatable?: boolean;
  /** True when one value is itself a comma list (`--hidden 16,16`), so a list of values needs another separator. */
  readonly commaList?: boolean;
}

/** One recipe field: its flags, its path in the recipe, how it is checked, parsed, printed and defaulted. */
export interface RecipeField<V = unknown> {
  /** Where the value lives in a Recipe, dotted (`model.hidden`). */
  readonly path: string;
  /** The flags that set it (most fields have one; the weight penalty has --l1 and --l2). */
  readonly flags: readonly FlagSpec[];
  /** The value when a recipe or the command line leaves it out. */
  defaultFor(ctx: FieldContext): V;
  /** Checks a value read from JSON; `label` names it (`recipe.lr`). */
  check(value: unknown, label: string, ctx: FieldContext): V;
  /** The value from the row's flags, or undefined when none of them is given. */
  fromFlags(flags: RecipeFlags, ctx: FieldContext): V | undefined;
  /** The command-line words that give `value` (`['--lr', '0.01']`). */
  toArgs(value: V): string[];
}

/** `--batch-size` → `batchSize`, as commander names option values. */
function flagKey(flag: string): string {
  return flag.replace(/^--/, '').replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A default as the help shows it: 1e-4 rather than 0.0001. */
function showDefault(value: unknown): string {
  if (typeof value === 'number' && value !== 0 && Math.abs(value) < 1e-3) return value.toExponential();
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** The ` (tutorial: 1e-4, mlp: 0.01)` or ` (default 42)` that ends a help line. */
function defaultsText(defaultFor: (ctx: FieldContext) => unknown): string {
  const neuron = defaultFor({ dataset: 'celsius', kind: 'neuron', task: 'regression' });
  const mlp = defaultFor({ dataset: 'spiral', kind: 'mlp', task: 'binary' });
  if (neuron === null) return '';
  if (showDefault(neuron) === showDefault(mlp)) return ` (default ${showDefault(neuron)})`;
  return ` (tutorial: ${showDefault(neuron)}, mlp: ${showDefault(mlp)})`;
}

/** The text of a single-valued flag, or undefined when it is not given. */
export function flagText(flags: RecipeFlags, key: string): string | undefined {
  const v = flags[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new TypeError(`${key}: expected the flag's text, got ${typeof v}. This is a bug.`);
  return v;
}

interface SingleFlag<V> {
  readonly path: string;
  readonly flag: string;
  readonly arg: string;
  /** Help without the default, which is appended from `defaultFor` unless `helpDefault` is false. */
  readonly help: string;
  readonly helpDefault?: boolean;
  /** One value is a comma list (see FlagSpec.commaList). */
  readonly commaList?: boolean;
  defaultFor(ctx: FieldContext): V;
  check(value: unknown, label: string, ctx: FieldContext): V;
  parse(text: string, flag: string, ctx: FieldContext): V;
  show?(value: V): string;
}

/** A field set by one flag that takes one value. */
export function singleFlagField<V>(spec: SingleFlag<V>): RecipeField<V> {
  const key = flagKey(spec.flag);
  const help = spec.help + (spec.helpDefault === false ? '' : defaultsText(spec.defaultFor));
  return {
    path: spec.path,
    flags: [{ key, flag: spec.flag, arg: spec.arg, help, ...(spec.commaList ? { commaList: true } : {}) }],
    defaultFor: spec.defaultFor,
    check: spec.check,
    fromFlags(flags, ctx) {
      const text = flagText(flags, key);
      return text === undefined ? undefined : spec.parse(text, spec.flag, ctx);
    },
    toArgs: (value) => [spec.flag, spec.show ? spec.show(value) : String(value)],
  };
}

/** A number under `rule`; `nullable` fields default to null (nothing given) and accept null in JSON. */
export function numberField(spec: {
  readonly path: string;
  readonly flag: string;
  readonly arg: string;
  readonly help: string;
  readonly rule: NumberRule;
  defaultFor(ctx: FieldContext): number;
  show?(value: number): string;
}): RecipeField<number> {
  return singleFlagField<number>({
    ...spec,
    check: (value, label) => checkNumber(label, value, spec.rule),
    parse: (text, flag) => parseNumber(flag, text, spec.rule),
  });
}

/** A number under `rule`, or null when not given. */
export function nullableNumberField(spec: {
  readonly path: string;
  readonly flag: string;
  readonly arg: string;
  readonly help: string;
  readonly rule: NumberRule;
}): RecipeField<number | null> {
  return singleFlagField<number | null>({
    ...spec,
    helpDefault: false,
    defaultFor: () => null,
    check: (value, label) => (value === null ? null : checkNumber(label, value, spec.rule)),
    parse: (text, flag) => parseNumber(flag, text, spec.rule),
  });
}

/** One name from a list (a registry's names); the help lists them. */
export function choiceField<T extends string>(spec: {
  readonly path: string;
  readonly flag: string;
  readonly arg: string;
  /** Help before the list of names. */
  readonly help: string;
  /** False when the default is not worth a word in the help (it depends on more than the model kind). */
  readonly helpDefault?: boolean;
  readonly choices: () => readonly T[];
  readonly hint?: Phrase;
  defaultFor(ctx: FieldContext): T;
}): RecipeField<T> {
  return singleFlagField<T>({
    ...spec,
    help: `${spec.help}: ${spec.choices().join(', ')}`,
    check: (value, label) => checkChoice(label, value, spec.choices(), spec.hint),
    parse: (text, flag) => checkChoice(flag, text, spec.choices(), spec.hint),
  });
}
