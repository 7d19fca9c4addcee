import type { RecipeValue } from '@neuronlab/core';
import { FLAG_NAMES, type RecipeFlags, recipeFromFlags } from './flags.js';
import type { Recipe } from './recipe.js';
import { mustBe } from './values.js';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function optionText(key: string, value: RecipeValue): string {
  return `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`;
}

/**
 * The `neuronlab train` flags that reproduce `recipe`, leaving out every flag whose value is already the default
 * (so the tutorial's recipe gives no flags at all). `recipeFromFlags(parseCliArgs(recipeToCliArgs(r)))` equals `r`.
 */
export function recipeToCliArgs(recipe: Recipe): string[] {
  const csv = recipe.dataset.name === 'csv';
  const base = recipeFromFlags({ dataset: csv ? 'celsius' : recipe.dataset.name, model: recipe.model.kind });
  const args: string[] = [];
  const add = (key: keyof RecipeFlags, value: unknown, baseValue: unknown, text = String(value)): void => {
    if (!same(value, baseValue)) args.push(FLAG_NAMES[key], text);
  };
  if (csv) {
    // A CSV recipe names its file and columns; the CLI reads them back with --data, --x, --y and --task
    for (const [k, v] of Object.entries(recipe.dataset.options)) {
      args.push(k === 'file' ? '--data' : `--${k}`, Array.isArray(v) ? v.join(',') : String(v));
    }
    args.push('--model', recipe.model.kind);
  } else {
    if (recipe.dataset.name !== 'celsius') args.push('--dataset', recipe.dataset.name);
    for (const [k, v] of Object.entries(recipe.dataset.options)) args.push('--option', optionText(k, v));
    add('model', recipe.model.kind, recipe.dataset.name === 'celsius' ? 'neuron' : 'mlp');
  }
  add('hidden', recipe.model.hidden, base.model.hidden, recipe.model.hidden.join(','));
  add('activation', recipe.model.activation, base.model.activation);
  add('loss', recipe.loss, base.loss);
  add('optimizer', recipe.optimizer, base.optimizer);
  add('lr', recipe.lr, base.lr);
  add('epochs', recipe.epochs, base.epochs);
  add('batchSize', recipe.batchSize, base.batchSize);
  add('seed', recipe.seed, base.seed);
  add('initWeight', recipe.model.initWeight, null);
  add('initBias', recipe.model.initBias, null);
  add('gradient', recipe.model.gradient, base.model.gradient);
  add('normalize', recipe.normalize, 'none');
  add('testSplit', recipe.testSplit, base.testSplit);
  add('targetLoss', recipe.targetLoss, null);
  const reg = recipe.regularization;
  if (reg.kind !== 'none') args.push(reg.kind === 'l1' ? '--l1' : '--l2', String(reg.rate));
  return args;
}

function quote(arg: string): string {
  return /^[\w.,=:/@%+-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

/** The whole shell command for a recipe, for "copy as CLI command": `neuronlab train --lr 0.001`. */
export function recipeToCommand(recipe: Recipe): string {
  return ['neuronlab', 'train', ...recipeToCliArgs(recipe)].map(quote).join(' ');
}

const BY_FLAG = new Map(Object.entries(FLAG_NAMES).map(([k, f]) => [f, k as keyof RecipeFlags]));

/** Reads `--flag value` and `--flag=value` pairs (as `recipeToCliArgs` writes them) back into flags. */
export function parseCliArgs(args: readonly string[]): RecipeFlags {
  const flags: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const key = BY_FLAG.get(flag);
    if (key === undefined) throw new RangeError(mustBe('neuronlab train', 'given known flags', arg));
    const bare = key === 'normalize' && eq < 0 && (args[i + 1] === undefined || args[i + 1]?.startsWith('--'));
    const value = eq > 0 ? arg.slice(eq + 1) : bare ? true : args[++i];
    if (value === undefined) throw new RangeError(mustBe(flag, 'followed by a value', 'nothing'));
    if (key === 'option') flags.option = [...((flags.option as string[]) ?? []), value];
    else flags[key] = value;
  }
  return flags as RecipeFlags;
}
