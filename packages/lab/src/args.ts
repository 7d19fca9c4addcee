import { badValue, phrase } from '@neuronlab/core';
import type { FieldContext, RecipeFlags } from './field-kinds.js';
import { RECIPE_FIELDS, RECIPE_FLAGS } from './fields.js';
import { advance, recipeValue } from './flags.js';
import { LAB_PHRASES } from './phrases.js';
import type { Recipe } from './recipe.js';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A CSV recipe names its file and columns; the CLI reads them back with --data, --x, --y and --task. */
function csvArgs(recipe: Recipe): string[] {
  return Object.entries(recipe.dataset.options).flatMap(([k, v]) => [
    k === 'file' ? '--data' : `--${k}`,
    Array.isArray(v) ? v.join(',') : String(v),
  ]);
}

/**
 * The `neuronlab train` flags that reproduce `recipe`, leaving out every flag whose value is already the default
 * (so the tutorial's recipe gives no flags at all). `recipeFromFlags(parseCliArgs(recipeToCliArgs(r)))` equals `r`.
 */
export function recipeToCliArgs(recipe: Recipe): string[] {
  const csv = recipe.dataset.name === 'csv';
  const args: string[] = [];
  let ctx: FieldContext = { dataset: 'celsius', kind: 'neuron', task: 'regression' };
  for (const field of RECIPE_FIELDS) {
    const value = recipeValue(recipe, field.path);
    if (csv && field.path === 'dataset.options') args.push(...csvArgs(recipe));
    // the CLI guesses the kind of a CSV model from the file's shape, so a CSV command always names it
    else if (csv && field.path === 'model.kind') args.push(...field.toArgs(value));
    else if (!(csv && field.path === 'dataset.name') && !same(value, field.defaultFor(ctx))) {
      args.push(...field.toArgs(value));
    }
    ctx = advance(ctx, field.path, value);
  }
  return args;
}

// characters that act on a terminal when printed (C0, DEL, C1)
const CONTROL = /\p{Cc}/u;

/**
 * A word as a POSIX shell reads it back unchanged: bare when it is plain, else in single quotes. A word with control
 * characters (a file named with an escape sequence) goes in $'…' quotes with each of them written as \xNN, so the
 * line is safe to print and still pastes back as the same bytes.
 */
function shellWord(word: string): string {
  if (/^[\w.,=:/@%+-]+$/.test(word)) return word;
  if (!CONTROL.test(word)) return `'${word.replaceAll("'", "'\\''")}'`;
  const escaped = [...word]
    .map((c) => {
      if (c === '\\' || c === "'") return `\\${c}`;
      if (!CONTROL.test(c)) return c;
      const code = c.charCodeAt(0);
      // a C1 character is two bytes in UTF-8: \u writes the character, where \x would write one byte
      return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    })
    .join('');
  return `$'${escaped}'`;
}

/** A command line from its words, each quoted as a POSIX shell needs to read it back unchanged. */
export function shellLine(words: readonly string[]): string {
  return words.map(shellWord).join(' ');
}

/** The whole shell command for a recipe, for "copy as CLI command": `neuronlab train --lr 0.001`. */
export function recipeToCommand(recipe: Recipe): string {
  return shellLine(['neuronlab', 'train', ...recipeToCliArgs(recipe)]);
}

const BY_FLAG = new Map(RECIPE_FLAGS.map((spec) => [spec.flag, spec]));

/** Reads `--flag value` and `--flag=value` pairs (as `recipeToCliArgs` writes them) back into flags. */
export function parseCliArgs(args: readonly string[]): RecipeFlags {
  const flags = new Map<string, string | boolean | string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = BY_FLAG.get(flag);
    if (spec === undefined) throw badValue(RangeError, 'neuronlab train', phrase(LAB_PHRASES, 'knownFlags'), arg);
    // a flag whose value is optional (`--normalize [method]`) stands alone when no value follows it
    const optional = spec.arg.startsWith('[');
    const bare = optional && eq < 0 && (args[i + 1] === undefined || args[i + 1]?.startsWith('--'));
    const value = eq > 0 ? arg.slice(eq + 1) : bare ? true : args[++i];
    if (value === undefined) throw badValue(RangeError, flag, phrase(LAB_PHRASES, 'followedByValue'), 'nothing');
    if (spec.repeatable) flags.set(spec.key, [...((flags.get(spec.key) as string[]) ?? []), String(value)]);
    else flags.set(spec.key, value);
  }
  return Object.fromEntries(flags);
}
