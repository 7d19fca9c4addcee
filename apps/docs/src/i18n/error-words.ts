import { ERROR_WORDS_EN, ERROR_WORDS_JA, type ErrorWords } from '@neuronlab/lab';
import { POINTS_PHRASES } from '../lib/added-points';
import type { Locale } from './locale';
import { useLocale } from './use-messages';

/** The page's own error sentences (about a link's added points) in Japanese. */
const POINTS_PHRASES_JA: typeof POINTS_PHRASES = {
  pointWithClass: (last) => `x1,x2,クラス の形 (クラスは 0 から ${last})`,
  removePoints: () => 'アドレスから points パラメータを外してください。',
};

/**
 * How errors are worded in each language: the CLI's words (lab's), and the page's own sentences. Apart from the
 * message tables, so only the demos that show errors (the playground) carry them.
 */
const TABLES: Record<Locale, ErrorWords> = {
  en: { ...ERROR_WORDS_EN, phrases: { ...ERROR_WORDS_EN.phrases, ...POINTS_PHRASES } },
  ja: { ...ERROR_WORDS_JA, phrases: { ...ERROR_WORDS_JA.phrases, ...POINTS_PHRASES_JA } },
};

/** The error words of a locale. */
export function errorWordsFor(locale: Locale): ErrorWords {
  return TABLES[locale];
}

/** The error words of the surrounding island's locale. */
export function useErrorWords(): ErrorWords {
  return errorWordsFor(useLocale());
}
