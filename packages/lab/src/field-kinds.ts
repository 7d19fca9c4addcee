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
  /** The help line, ending with the default when it has one: `helpParts` in English. */
  readonly help: string;
  /** What `help` is made of, so a front end can word the sentence in another language and keep the rest. */
  readonly helpParts: HelpParts;
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

/** The parts of a flag's help line: `<about>: <list>` then its defaults, each part but the sentence optional. */
export interface HelpParts {
  /** The sentence, in English. */
  readonly about: string;
  /** The names the flag takes, listed after the sentence, or null. */
  readonly list: readonly string[] | null;
  /** The default: one for every model, or the tutorial's neuron's and an mlp's; null when none is shown. */
  readonly defaults: { readonly all: string } | { readonly tutorial: string; readonly mlp: string } | null;
}

/** How a help line words its defaults, each with the space before it. */
export interface HelpWords {
  /** One default for every model: ` (default 42)`. */
  readonly all: (value: string) => string;
  /** The tutorial's neuron's and an mlp's: ` (tutorial: 1e-4, mlp: 0.01)`. */
  readonly perModel: (tutorial: string, mlp: string) => string;
}

export const HELP_WORDS_EN: HelpWords = {
  all: (value) => ` (default ${value})`,
  perModel: (tutorial, mlp) => ` (tutorial: ${tutorial}, mlp: ${mlp})`,
};

/** A help line from its parts, its defaults in `words`: `loss: mse, mae (default mse)`. */
export function helpText(parts: HelpParts, words: HelpWords = HELP_WORDS_EN): string {
  const list = parts.list === null ? '' : `: ${parts.list.join(', ')}`;
  const d = parts.defaults;
  const defaults = d === null ? '' : 'all' in d ? words.all(d.all) : words.perModel(d.tutorial, d.mlp);
  return `${parts.about}${list}${defaults}`;
}

/** Help parts of a sentence alone. */
export function aboutOnly(about: string): HelpParts {
  return { about, list: null, defaults: null };
}

/** A default as the help shows it: 1e-4 rather than 0.0001. */
function showDefault(value: unknown): string {
  if (typeof value === 'number' && value !== 0 && Math.abs(value) < 1e-3) return value.toExponential();
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** The defaults that end a help line: the tutorial's neuron's and an mlp's, one when they agree, none for null. */
function helpDefaults(defaultFor: (ctx: FieldContext) => unknown): HelpParts['defaults'] {
  const neuron = defaultFor({ dataset: 'celsius', kind: 'neuron', task: 'regression' });
  const mlp = defaultFor({ dataset: 'spiral', kind: 'mlp', task: 'binary' });
  if (neuron === null) return null;
  if (showDefault(neuron) === showDefault(mlp)) return { all: showDefault(neuron) };
  return { tutorial: showDefault(neuron), mlp: showDefault(mlp) };
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
  /** The names the flag takes, listed after `help`. */
  readonly list?: readonly string[];
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
  const helpParts: HelpParts = {
    about: spec.help,
    list: spec.list ?? null,
    defaults: spec.helpDefault === false ? null : helpDefaults(spec.defaultFor),
  };
  return {
    path: spec.path,
    flags: [
      {
        key,
        flag: spec.flag,
        arg: spec.arg,
        help: helpText(helpParts),
        helpParts,
        ...(spec.commaList ? { commaList: true } : {}),
      },
    ],
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
    list: spec.choices(),
    check: (value, label) => checkChoice(label, value, spec.choices(), spec.hint),
    parse: (text, flag) => checkChoice(flag, text, spec.choices(), spec.hint),
  });
}
