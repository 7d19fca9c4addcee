import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages';
import { PLAYGROUND_DEFAULT, recipeFromSearch } from './playground-state';
import { droppedMessage, salvageRecipe } from './url-recipe';

describe('a hand-edited playground URL', () => {
  it('keeps the good settings and names each dropped one with the CLI message', () => {
    const { recipe, dropped } = salvageRecipe(
      '?dataset=circles&lr=50&hidden=3%2C2&seed=7&epochs=abc',
      PLAYGROUND_DEFAULT,
    );
    expect(recipe).toEqual(recipeFromSearch('?dataset=circles&hidden=3%2C2&seed=7'));
    expect(dropped).toHaveLength(2);
    expect(dropped[0]).toMatch(/^lr=50: --lr must be a number > 0 and <= 10, got "50"./);
    expect(dropped[1]).toMatch(/^epochs=abc: --epochs must be/);
    expect(droppedMessage(dropped, messagesFor('en').playground.linkDropped)).toMatch(
      /^The link had 2 settings that could not be used.*lr=50: --lr.* · epochs=abc.*The other settings were kept\.$/,
    );
    expect(droppedMessage(dropped, messagesFor('ja').playground.linkDropped)).toMatch(/^リンクの設定のうち 2 個は/);
  });

  it('applies the good settings to the playground dataset when the dataset is missing or unknown', () => {
    expect(salvageRecipe('?dataset=nope&seed=9', PLAYGROUND_DEFAULT).recipe.dataset.name).toBe(
      PLAYGROUND_DEFAULT.dataset.name,
    );
    expect(salvageRecipe('?dataset=nope&seed=9', PLAYGROUND_DEFAULT).recipe.seed).toBe(9);
    expect(salvageRecipe('?dataset=nope&seed=9', PLAYGROUND_DEFAULT).dropped).toEqual([
      expect.stringMatching(/^dataset=nope: /),
    ]);
  });

  it('falls back to the default recipe when nothing in the URL is usable', () => {
    const { recipe, dropped } = salvageRecipe('?lr=-1', PLAYGROUND_DEFAULT);
    expect(recipe).toEqual(PLAYGROUND_DEFAULT);
    expect(dropped).toHaveLength(1);
    expect(droppedMessage([], messagesFor('en').playground.linkDropped)).toBeNull();
  });
});
