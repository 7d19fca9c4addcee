import { createContext, type ReactNode, useContext } from 'react';
import type { Locale } from './locale';
import { type Messages, messagesFor } from './messages';

const LocaleContext = createContext<Locale>('en');

/**
 * Gives every component below it the page's locale. Each island's top component takes `locale` as a prop (the page
 * passes it; Astro renders islands apart, so a context cannot cross from the page) and wraps its tree in this.
 */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The message table of the surrounding island's locale. */
export function useMessages(): Messages {
  return messagesFor(useContext(LocaleContext));
}
