import { badValue, phrase } from '@neuronlab/core';
import type { FieldContext } from './field-kinds.js';
import { RECIPE_FIELDS } from './fields.js';
import { advance, setPath } from './flags.js';
import { LAB_PHRASES } from './phrases.js';
import type { ValidRecipe } from './recipe.js';

function asObject(label: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badValue(TypeError, label, phrase(LAB_PHRASES, 'anObject'), value);
  }
  return value as Record<string, unknown>;
}

/** The value at a dotted path of a JSON object, or undefined; every object on the way must be one. */
function readPath(input: Record<string, unknown>, path: string): unknown {
  let at: unknown = input;
  let label = 'recipe';
  for (const key of path.split('.')) {
    const obj = asObject(label, at);
    at = Object.hasOwn(obj, key) ? obj[key] : undefined;
    if (at === undefined) return undefined;
    label = `${label}.${key}`;
  }
  return at;
}

/**
 * Checks a recipe read from JSON (a file, a URL, the docs' controls) row by row of the recipe table, and fills in
 * what it leaves out with the same defaults the flags use. Throws a TypeError or RangeError naming the field
 * (`recipe.lr must be a number > 0 and <= 10, got -1.`).
 */
export function validateRecipe(input: unknown): ValidRecipe {
  const source = asObject('recipe', input);
  const recipe: Record<string, unknown> = {};
  let ctx: FieldContext = { dataset: 'celsius', kind: 'neuron', task: 'regression' };
  for (const field of RECIPE_FIELDS) {
    const raw = readPath(source, field.path);
    const value = raw === undefined ? field.defaultFor(ctx) : field.check(raw, `recipe.${field.path}`, ctx);
    setPath(recipe, field.path, value);
    ctx = advance(ctx, field.path, value);
  }
  return recipe as unknown as ValidRecipe;
}
