/** The languages the dashboard speaks, and how a run picks one: `--lang`, else the terminal's locale. */
import { checkChoice } from '@neuronlab/core';

/** A language of the dashboard's words. */
export type Locale = 'en' | 'ja';

/** The values `--lang` takes. */
const LOCALES: readonly Locale[] = ['en', 'ja'];

/** The environment variables that name the locale of messages, strongest first (POSIX precedence). */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language the terminal asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty decides;
 * a value starting with `ja` (`ja_JP.UTF-8`, `ja`) is Japanese, anything else (C, POSIX, en_US.UTF-8) English.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of LOCALE_VARIABLES) {
    const value = env[name];
    if (value !== undefined && value !== '') return value.startsWith('ja') ? 'ja' : 'en';
  }
  return 'en';
}

/** Checks a `--lang` value: `en` or `ja`. */
export function parseLocale(text: string): Locale {
  return checkChoice('--lang', text, LOCALES);
}

/** The run's language: `--lang` when given (checked), else the environment's. */
export function chooseLocale(lang: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  return lang === undefined ? localeFromEnv(env) : parseLocale(lang);
}
