import type { Locale } from './locale.js';
import { en, type Messages } from './messages-en.js';
import { ja } from './messages-ja.js';

/** The message table of a language. */
export function messagesFor(locale: Locale): Messages {
  return locale === 'ja' ? ja : en;
}
