import { type ComponentType, createContext, type FunctionComponent, type ReactNode, useContext } from 'react';
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

/** The surrounding island's locale. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The message table of the surrounding island's locale. */
export function useMessages(): Messages {
  return messagesFor(useContext(LocaleContext));
}

/** What the page passes to an island: its language (English when left out). */
export interface IslandProps {
  readonly locale?: Locale;
}

/**
 * An island's top component: `Inner` under a LocaleProvider for the `locale` the page passes, so every component
 * inside reads the page's words with useMessages.
 */
export function island(Inner: ComponentType): FunctionComponent<IslandProps> {
  return function Island({ locale = 'en' }: IslandProps) {
    return (
      <LocaleProvider locale={locale}>
        <Inner />
      </LocaleProvider>
    );
  };
}
