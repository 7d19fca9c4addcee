import { csvOptionPhrases } from '@neuronlab/data';
import { csvOptionPhrasesJa, ERROR_WORDS_EN, ERROR_WORDS_JA, type ErrorWords } from '@neuronlab/lab';
import { POINTS_PHRASES } from '../lib/added-points';
import type { Locale } from './locale';
import { playground as en } from './messages/en/playground';
import { playground as ja } from './messages/ja/playground';
import { useLocale } from './use-messages';

/** The page's own error sentences (about a link's added points) in Japanese. */
const POINTS_PHRASES_JA: typeof POINTS_PHRASES = {
  pointWithClass: (last) => `x1,x2,クラス の形 (クラスは 0 から ${last})`,
  removePoints: () => 'アドレスから points パラメータを外してください。',
};

/** The CSV reader's options as the page's CSV controls name them, for the sentences whose fix names one. */
function csvControls(t: typeof en) {
  return {
    x: `the ${t.csvFeature1} and ${t.csvFeature2} columns`,
    y: `the ${t.csvClassColumn}`,
    task: () => `${t.csvClasses} “${t.csvMulticlass}”`,
  };
}

/** csvControls in Japanese: `task` ends in the particle before する (see CsvOptionWords). */
function csvControlsJa(t: typeof ja) {
  return {
    x: `${t.csvFeature1}・${t.csvFeature2}の列`,
    y: t.csvClassColumn,
    task: () => `${t.csvClasses}を「${t.csvMulticlass}」に`,
  };
}

/**
 * How errors are worded in each language: the CLI's words (lab's), and the page's own sentences. Apart from the
 * message tables, so only the demos that show errors (the playground) carry them.
 */
const TABLES: Record<Locale, ErrorWords> = {
  en: {
    ...ERROR_WORDS_EN,
    phrases: { ...ERROR_WORDS_EN.phrases, ...csvOptionPhrases(csvControls(en)), ...POINTS_PHRASES },
  },
  ja: {
    ...ERROR_WORDS_JA,
    phrases: { ...ERROR_WORDS_JA.phrases, ...csvOptionPhrasesJa(csvControlsJa(ja)), ...POINTS_PHRASES_JA },
  },
};

/** The error words of a locale. */
export function errorWordsFor(locale: Locale): ErrorWords {
  return TABLES[locale];
}

/** The error words of the surrounding island's locale. */
export function useErrorWords(): ErrorWords {
  return errorWordsFor(useLocale());
}
