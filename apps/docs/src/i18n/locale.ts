/** The languages the site and its demos speak; English is the default and lives at the site's root. */
export const LOCALES = ['en', 'ja'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/**
 * The locale of a BCP 47 tag or a URL path (`ja`, `ja-JP`, `/ja/neuron/`); anything else is English, the site's root
 * language, so an unknown tag never leaves a demo without words.
 */
export function localeOf(tagOrPath: string | undefined): Locale {
  if (tagOrPath === undefined) return 'en';
  const first = tagOrPath.replace(/^\/+/, '').split(/[-_/]/)[0]?.toLowerCase();
  return first === 'ja' ? 'ja' : 'en';
}
