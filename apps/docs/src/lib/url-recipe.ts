import { type ErrorWords, parseCliArgs, recipeFromFlags, type ValidRecipe, wordError } from '@neuronlab/lab';

/** A recipe read from a hand-edited URL: the parameters that made sense, and why each of the others was dropped. */
export interface SalvagedRecipe {
  readonly recipe: ValidRecipe;
  /** The dropped parameters, each with the error that dropped it. */
  readonly dropped: readonly DroppedParam[];
}

/** A URL parameter the recipe could not take, and the CLI's own error about it. */
export interface DroppedParam {
  readonly key: string;
  readonly value: string;
  readonly error: unknown;
}

function fromParams(params: readonly (readonly [string, string])[]): ValidRecipe {
  return recipeFromFlags(parseCliArgs(params.flatMap(([key, value]) => [`--${key}`, value])));
}

/**
 * Reads a URL query parameter by parameter, in order (the dataset comes before its options, as the playground writes
 * them): each one is kept when the recipe with it is still valid, and dropped with the CLI's own message otherwise.
 * With nothing usable the result is `fallback`; without a usable dataset, the kept settings apply to its dataset.
 */
export function salvageRecipe(search: string, fallback: ValidRecipe): SalvagedRecipe {
  const params = [...new URLSearchParams(search)];
  const valid = (list: readonly (readonly [string, string])[]) => {
    try {
      fromParams(list);
      return true;
    } catch {
      return false;
    }
  };
  // without a usable dataset in the URL, the other settings are tried on the playground's own dataset
  const given = params.find(([key]) => key === 'dataset');
  const kept: (readonly [string, string])[] = given && valid([given]) ? [] : [['dataset', fallback.dataset.name]];
  const base = kept.length;
  const dropped: DroppedParam[] = [];
  for (const [key, value] of params) {
    try {
      fromParams([...kept, [key, value]]);
      kept.push([key, value]);
    } catch (e) {
      dropped.push({ key, value, error: e });
    }
  }
  return { recipe: kept.length > base ? fromParams(kept) : fallback, dropped };
}

/**
 * The sentence the playground shows above a run made from a salvaged URL, or null when nothing was dropped. `say`
 * frames the count and the list in the page's language; each parameter's error is worded by `words`, as the CLI words
 * it in that language (`lr=5: --lr must be …`).
 */
export function droppedMessage(
  dropped: readonly DroppedParam[],
  say: (count: number, list: string) => string,
  words: ErrorWords,
): string | null {
  if (dropped.length === 0) return null;
  const list = dropped.map((d) => `${d.key}=${d.value}: ${wordError(d.error, words)}`);
  return say(dropped.length, list.join(' · '));
}
