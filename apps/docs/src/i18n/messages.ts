import type { Locale } from './locale';
import { en, type Messages } from './messages/en';
import { ja } from './messages/ja';

export type { Messages };

const TABLES: Record<Locale, Messages> = { en, ja };

/** The message table of a locale; a demo takes its locale as a prop and reads every word it shows from here. */
export function messagesFor(locale: Locale): Messages {
  return TABLES[locale];
}
