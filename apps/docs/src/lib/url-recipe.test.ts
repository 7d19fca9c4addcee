import { describe, expect, it } from 'vitest';
import { errorWordsFor } from '../i18n/error-words';
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
    expect(dropped.map((d) => [d.key, d.value])).toEqual([
      ['lr', '50'],
      ['epochs', 'abc'],
    ]);
    const say = (locale: 'en' | 'ja') => {
      const t = messagesFor(locale).playground;
      return droppedMessage(dropped, t.linkDropped, errorWordsFor(locale));
    };
    expect(say('en')).toMatch(
      /^The link had 2 settings that could not be used.*lr=50: --lr must be a number > 0 and <= 10, got "50"\..* · epochs=abc: --epochs must be.*The other settings were kept\.$/,
    );
    // each reason in the page's language, as the CLI words it under a Japanese locale
    expect(say('ja')).toMatch(
      /^リンクの設定のうち 2 個は.*lr=50: --lr の値が正しくありません: "50"。許される値: 0 より大きく 10 以下の数。.* · epochs=abc: --epochs の値が正しくありません/,
    );
  });

  it('applies the good settings to the playground dataset when the dataset is missing or unknown', () => {
    expect(salvageRecipe('?dataset=nope&seed=9', PLAYGROUND_DEFAULT).recipe.dataset.name).toBe(
      PLAYGROUND_DEFAULT.dataset.name,
    );
    expect(salvageRecipe('?dataset=nope&seed=9', PLAYGROUND_DEFAULT).recipe.seed).toBe(9);
    expect(salvageRecipe('?dataset=nope&seed=9', PLAYGROUND_DEFAULT).dropped.map((d) => d.key)).toEqual(['dataset']);
  });

  it('falls back to the default recipe when nothing in the URL is usable', () => {
    const { recipe, dropped } = salvageRecipe('?lr=-1', PLAYGROUND_DEFAULT);
    expect(recipe).toEqual(PLAYGROUND_DEFAULT);
    expect(dropped).toHaveLength(1);
    const t = messagesFor('en').playground;
    expect(droppedMessage([], t.linkDropped, errorWordsFor('en'))).toBeNull();
  });
});
