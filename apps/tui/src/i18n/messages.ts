import { type Locale, localeFromEnv, parseLocale } from './locale.js';
import { en, type Messages } from './messages-en.js';
import { ja } from './messages-ja.js';

/** The message table of a language. */
export function messagesFor(locale: Locale): Messages {
  return locale === 'ja' ? ja : en;
}

/**
 * The words of a command without --lang: the terminal's language, the same choice its error lines make
 * (`errorWords(undefined, false)`).
 */
export function terminalMessages(env: Readonly<Record<string, string | undefined>> = process.env): Messages {
  return messagesFor(localeFromEnv(env));
}

/**
 * The words a command's error line uses: the language `lang` names (else the terminal's), English under --json (a
 * program reads it), and the terminal's when `lang` itself is wrong (that error is the one being reported).
 */
export function errorWords(
  lang: string | undefined,
  json: boolean,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Messages['errors'] {
  if (json) return en.errors;
  let locale = localeFromEnv(env);
  try {
    if (lang !== undefined) locale = parseLocale(lang);
  } catch {
    // the bad --lang is the error being reported, in the terminal's language
  }
  return messagesFor(locale).errors;
}
