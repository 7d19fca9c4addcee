import { phrase, phraseError, type RecipeValue } from '@neuronlab/core';
import type { FieldContext, RecipeFlags } from './field-kinds.js';
import { datasetTask, RECIPE_FIELDS } from './fields.js';
import { LAB_PHRASES } from './phrases.js';
import type { ModelKind, ModelRecipe, Recipe, ValidRecipe } from './recipe.js';
import { defaultModelKind } from './recipe.js';

/** What a front end knows beyond the flags: data it read itself, and the model kind that data or a file implies. */
export interface FlagContext {
  /** The options of a CSV file the front end read (`file`, `task`, `x`, `y`), used instead of --dataset. */
  readonly csv?: Readonly<Record<string, RecipeValue>>;
  /** The model kind when --model is not given. @default neuron for celsius, else mlp */
  readonly kind?: ModelKind;
  /**
   * A recipe whose values the flags left out take instead of the defaults: the one a model file was trained with,
   * when training goes on from it.
   */
  readonly base?: ValidRecipe;
  /**
   * The model a file fixes, when training goes on from it without a `base` (other data named, or a file that records
   * no recipe): the flags left out under `model.` take its values (kind, widths, activations), the rest the defaults.
   */
  readonly model?: Partial<ModelRecipe>;
}

/** The value at a dotted path of a recipe already checked (validate.ts reads untrusted JSON its own careful way). */
export function recipeValue(recipe: Recipe, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], recipe);
}

/** Writes `value` at a dotted path, making the objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = target;
  for (const key of keys.slice(0, -1)) {
    at[key] ??= {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]!] = value;
}

/** The context the next fields' defaults and rules read, once `path` holds a checked `value`. */
export function advance(ctx: FieldContext, path: string, value: unknown, kind?: ModelKind): FieldContext {
  if (path === 'dataset.name') {
    const name = value as string;
    return { dataset: name, kind: kind ?? defaultModelKind(name), task: datasetTask(name) };
  }
  if (path === 'dataset.options') return { ...ctx, task: datasetTask(ctx.dataset, value as Record<string, never>) };
  if (path === 'model.kind') return { ...ctx, kind: value as ModelKind };
  // the follow-up network has one hidden layer whatever --hidden says (its widths are fixed at 2)
  if (path === 'model.hidden') {
    return { ...ctx, hiddenLayers: ctx.kind === 'follow-up' ? 1 : (value as readonly number[]).length };
  }
  return ctx;
}

/** What a field left out by the flags takes from the context (the base's value, or the fixed model's), or null. */
function leftOut(given: FlagContext, path: string): { value: unknown } | null {
  if (given.base) return { value: recipeValue(given.base, path) };
  const key = path.startsWith('model.') ? (path.slice('model.'.length) as keyof ModelRecipe) : null;
  if (given.model && key !== null && given.model[key] !== undefined) return { value: given.model[key] };
  return null;
}

/**
 * Turns command-line flags into a checked recipe, row by row of the recipe table. Flags left out take the
 * tutorial's values for the neuron and the mlp defaults for an mlp. Errors name the flag:
 * `--lr must be a number > 0 and <= 10, got "-1". …`
 */
export function recipeFromFlags(flags: RecipeFlags, given: FlagContext = {}): ValidRecipe {
  const recipe: Record<string, unknown> = {};
  let ctx: FieldContext = { dataset: 'celsius', kind: 'neuron', task: 'regression' };
  for (const field of RECIPE_FIELDS) {
    let value: unknown;
    if (given.csv && field.path === 'dataset.name') value = 'csv';
    else if (given.csv && field.path === 'dataset.options') {
      // a generator's options mean nothing to a file: say so rather than drop them
      if (field.flags.some((f) => flags[f.key] !== undefined)) {
        throw phraseError(RangeError, phrase(LAB_PHRASES, 'optionWithData'));
      }
      value = field.check(given.csv, '--data', ctx);
    } else {
      const kept = leftOut(given, field.path);
      value = field.fromFlags(flags, ctx) ?? (kept ? kept.value : field.defaultFor(ctx));
    }
    setPath(recipe, field.path, value);
    ctx = advance(ctx, field.path, value, given.kind);
  }
  return recipe as unknown as ValidRecipe;
}
